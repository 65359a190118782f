// The records are written; the goal fails naming the notice's line and the record to complete.
// (-DsiteGen.messageLocale=en: the problems in English, which the lines below pin)
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
assert lines.contains('[WARNING] notice.txt: the notice is not UTF-8; it was read as GBK (the Chinese Windows' +
        ' encoding) (check a few lines of the imported records; if the text is garbled, save the notice as UTF-8 and' +
        ' import it again)') : log
def unknown = "notice.txt:10:6: unknown status '正在整改' of problem 2; it was written as it stands" +
        ' (change status: in findings/02.md to one of 完成, 基本完成, 阶段性完成, 未完成, 长期整改)'
assert lines.count { it == '[ERROR] ' + unknown } == 2 : 'logged, and repeated in the BUILD FAILURE summary'
assert log.contains('on project import-needs-completing: site-gen imported the notice notice.txt into src/site-gen,' +
        ' but the records need completing before the site builds (fix what is listed, then run mvn site-gen:check):')

def src = new File(basedir, 'src/site-gen')
assert new File(src, 'findings/01.md').getText('UTF-8').contains('\nstatus: 已完成\n')
def second = new File(src, 'findings/02.md').getText('UTF-8')
assert second.contains('\nstatus: 正在整改  # 通报第10行的整改结果“正在整改”不在状态列表中，请改为：完成、基本完成、阶段性完成、未完成、长期整改')
assert second.contains('\ntitle: 担保责任较大\n')
