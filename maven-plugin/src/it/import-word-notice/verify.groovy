// Run 1 imports the Word file: the records are written and one message lists the three problems
// whose status the notice does not give; the totals of its prose are kept on the notice record.
// Run 2: site-gen:check names the empty statuses until the clerk fills them.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
def missing = '[ERROR] notice.docx:9: the notice gives no status for its 3 problems (1, 2, 3); their records were' +
        ' written with the status empty (fill in status: (and the status of its history entry) in findings/01.md,' +
        ' findings/02.md, findings/03.md with one of 完成, 基本完成, 阶段性完成, 未完成, 长期整改, then run mvn site-gen:check)'
assert lines.count { it == missing } == 2 : 'logged, and repeated in the BUILD FAILURE summary: ' + log
assert lines.count { it == '[ERROR] 1 error' } == 2 : log
assert !log.contains('could not find a logging provider') : 'POI logs into Maven\'s log'

def src = new File(basedir, 'src/site-gen')
assert new File(src, 'findings').list().sort() == ['01.md', '02.md', '03.md']
def first = new File(src, 'findings/01.md').getText('UTF-8')
assert first.contains('\ntitle: 理论学习不深入\n') && first.contains('\nstatus: ""  # ')
assert new File(src, 'categories').list().sort() == ['01-c01.md', '02-c02.md']
def notice = new File(src, 'notices/2023-12-22.md').getText('UTF-8')
assert notice.contains('totals:\n  categories: 2\n  findings: 3\n  closed: 2\n  open: 1\n  rate: 66.7\n')
assert notice.contains('（一）提高政治站位，压实整改责任。') : 'section 一 stays in the narrative'

// run 2: the loader points at the empty statuses
assert lines.any { it.startsWith('[ERROR] src/site-gen/findings/01.md:5:') } : log
