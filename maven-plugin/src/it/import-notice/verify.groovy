// A fresh project: the import writes the records, which build; a second import changes nothing;
// with -DsiteGen.overwrite=true the records are written afresh. build.log holds the four runs.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()

def imported = lines.findAll { it ==~ /\[INFO\] site-gen: imported 23 findings in 9 categories from notice\.txt into src\/site-gen \(34 files, UTF-8, \d+\.\d s\)/ }
assert imported.size() == 2 : 'runs 1 and 4 import: ' + log
// (the build may warn, e.g. that site.yaml has no baseUrl: the notice does not say where the site will be published)
assert lines.any { it ==~ /\[INFO\] site-gen: 23 findings in 9 categories → .* in target\/site-gen \(\d+\.\d s\)(, \d+ warnings?:)?/ } : 'run 2 builds'
assert new File(basedir, 'target/site-gen/.site-gen').isFile()

// run 3: the tree holds the notice's inspection, so the import updates it, and finds every problem recorded
assert lines.any { it ==~ /\[INFO\] site-gen: updated inspection 2023-special from notice\.txt in src\/site-gen \(0 files written, UTF-8, \d+\.\d s\)/ } : log
assert lines.contains('[INFO] site-gen: 0 findings with news; 0 not mentioned; 0 new; 23 recorded from this notice before, unchanged')

def src = new File(basedir, 'src/site-gen')
def site = new File(src, 'site.yaml').getText('UTF-8')
assert site.contains('title: 岳阳经济技术开发区巡视整改公示\n')
assert site.contains('  - id: 2023-special\n    title: 省委第七巡视组专项巡视\n')
assert new File(src, 'categories').list().sort() == (1..9).collect { String.format('%02d-c%02d.md', it, it) }
assert new File(src, 'findings').list().sort() == (1..23).collect { String.format('%02d.md', it) }
assert new File(src, 'notices').list() as List == ['2023-12-26.md']
def f14 = new File(src, 'findings/14.md').getText('UTF-8')
assert f14.contains('\nstatus: 基本完成\n') && f14.contains('documents: ["《派驻纪检监察组会商工作实施办法》"]')
