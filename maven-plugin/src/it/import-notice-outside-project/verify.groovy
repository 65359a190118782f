// The notice's problems name it as it was given (an absolute path), not as ../../… from the project.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
def given = new File(basedir.parentFile, 'import-notice-outside-project-notices/notice.txt').absolutePath
def unknown = given + ':10:6: 问题 2 的整改结果“正在整改”不在状态列表中，已按原文写入' +
        '（请在 findings/02.md 中把 status: 改为以下之一：完成、基本完成、阶段性完成、未完成、长期整改）'
assert lines.count { it == '[ERROR] ' + unknown } == 2 : 'logged, and repeated in the BUILD FAILURE summary\n' + log
assert !lines.any { it.contains('../') } : log
assert log.contains('on project import-notice-outside-project: site-gen imported the notice ' + given + ' into src/site-gen,')
assert new File(basedir, 'src/site-gen/findings/02.md').getText('UTF-8').contains('\nstatus: 正在整改  # ')
