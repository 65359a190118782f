// A Chinese site (site.yaml sets no locale): every problem is written in Chinese, at its position,
// the hint in full-width parentheses; Maven's own lines and the count stay in English.
def log = new File(basedir, 'build.log').getText('UTF-8')
def errors = [
    'src/site-gen/findings/07.md:7:1: 文件开头 --- 之间的前置信息中有无法识别的字段 stauts（是不是想写 status？）',
    'src/site-gen/findings/08.md:3:9: number 应当填写整数，不能写成“six”（只写阿拉伯数字，例如 number: 6）',
    'src/site-gen/findings/09.md:7:11: deadline 的日期应当写成“年-月-日”，即 YYYY-MM-DD，不能写成“2023/12/26”（例如 deadline: 2023-12-26）',
    'src/site-gen/findings/10.md:4:11: 没有叫“fund”的类别（是不是想写“funds”？已有的类别：funds）',
]
def listed = log.readLines().findAll { it.startsWith('[ERROR] src/site-gen/') }
// once as each problem is found, once more in the failure summary
assert listed.size() == 8 : listed.join('\n')
errors.each { e -> assert listed.count { it == '[ERROR] ' + e } == 2 : e + '\n' + listed.join('\n') }
assert log.readLines().count { it == '[ERROR] 4 errors' } == 2
assert log =~ /on project build-broken-records-in-chinese: site-gen found errors in the records:/
assert !new File(basedir, 'target/site-gen').exists()
