// A module's output folder may never be its base folder: the build fails saying why, and the
// module is untouched.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /输出文件夹 \S+\/output-folder-is-project-folder\/site 就是项目文件夹 \S+\/output-folder-is-project-folder\/site，生成网站时会整个替换输出文件夹/
assert !log.contains('the output folder') : 'not repeated in English'
assert log.contains('[INFO] BUILD FAILURE')
assert new File(basedir, 'site/pom.xml').isFile()
