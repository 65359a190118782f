// No src/site-gen: the build fails with one clear error naming the folder and the parameter to set, in
// the language of the problems (Chinese: there is no site.yaml to say another); Maven's own lines stay
// in English.
def log = new File(basedir, 'build.log').getText('UTF-8')
def error = /src\/site-gen: 来源文件夹 \S+\/missing-source-folder\/src\/site-gen 不存在（请建立这个文件夹并在其中放入 site.yaml，/ +
        /或把 sourceDirectory 设为存放记录的文件夹，mvn 命令可加上 -DsiteGen.sourceDirectory=…）/
assert log.readLines().count { it =~ /^\[ERROR\] / + error } == 2 : 'logged, and repeated in the BUILD FAILURE summary'
assert log =~ /on project missing-source-folder: site-gen cannot read the source folder src\/site-gen:/
assert log.contains('[INFO] BUILD FAILURE')
assert !new File(basedir, 'target').exists()
