// Each module asks for an output folder whose replacement would delete something of value; each
// fails saying why, and nothing is deleted.
def log = new File(basedir, 'build.log').getText('UTF-8')
// (the sites are Chinese: each refusal is said in Chinese, with what to choose instead)
assert log =~ /输出文件夹 \S+\/is-source\/src\/site-gen 就是来源文件夹，生成网站时会用网站替换掉记录（请换一个输出文件夹，例如 target\/site-gen）/
assert log =~ /输出文件夹 \S+\/inside-source\/src\/site-gen\/site 在来源文件夹 \S+ 之中，生成的网站会被当作记录读回来（请选来源文件夹以外的文件夹，例如 target\/site-gen）/
assert log =~ /输出文件夹 \S+\/shared-records 包含来源文件夹 \S+，生成网站时会整个替换输出文件夹，记录会被删除（请换一个专用的输出文件夹，例如 target\/site-gen）/
assert log =~ /输出文件夹 \S+\/fakehome 就是你的用户主文件夹，生成网站时会整个替换输出文件夹，其中的一切都会被删除（请换一个专用的输出文件夹，例如 target\/site-gen）/
assert !log.contains('the output folder') : 'not repeated in English'
assert log.contains('[INFO] BUILD FAILURE')
for (dir in ['is-source/src/site-gen', 'inside-source/src/site-gen', 'shared-records/site-gen']) {
    assert new File(basedir, dir + '/site.yaml').isFile() : dir
    assert new File(basedir, dir + '/findings/06.md').isFile() : dir
}
assert !new File(basedir, 'inside-source/src/site-gen/site').exists()
assert new File(basedir, 'fakehome/keep.txt').text.contains("a file of the user's")
return true
