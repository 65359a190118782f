// The later notice updated the problems it names and nothing else, the second time nothing at all;
// the notice of a 巡察 added it as inspections/2024-regular.md, site.yaml unchanged; and the site
// built. build.log holds the five runs.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()

assert lines.any { it ==~ /\[INFO\] site-gen: updated inspection 2023-special from later\.txt in src\/site-gen \(8 files written, UTF-8, \d+\.\d s\)/ } : log
assert lines.contains('[INFO] site-gen: 7 项有新进展：4 项由阶段性完成变为完成，1 项由阶段性完成变为基本完成，2 项仍为阶段性完成；16 项未提及；0 项新增')
assert lines.contains('[INFO] site-gen:   1. findings/01.md: 阶段性完成 → 完成')
assert lines.contains('[INFO] site-gen: not in the notice, left as they are: 6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23')
assert lines.any { it.startsWith('[WARNING] later.txt:12: 通报中问题 2 的标题“对外开放度偏低”与 findings/02.md 中的“对外开发度偏低”略有不同') } : log
// run 3: nothing changes
assert lines.any { it ==~ /\[INFO\] site-gen: updated inspection 2023-special from later\.txt in src\/site-gen \(0 files written, UTF-8, \d+\.\d s\)/ } : log
assert lines.contains('[INFO] site-gen: 0 项有新进展；16 项未提及；0 项新增；7 项此前已按这份通报记录，未改动')
// run 4: another inspection, a file of its own
assert lines.any { it.startsWith('[INFO] site-gen: 新增巡察 2024-regular（区委第一巡察组常规巡察）：2 类 4 项问题') } : log
// run 5
assert lines.any { it ==~ /\[INFO\] site-gen: 27 findings in 11 categories → .* in target\/site-gen \(\d+\.\d s\)(, \d+ warnings?:)?/ } : log

def src = new File(basedir, 'src/site-gen')
def f1 = new File(src, 'findings/01.md').getText('UTF-8')
assert f1.contains('\nstatus: 完成\n')
assert f1.contains('  - {date: 2023-12-26, status: 阶段性完成}\n  - {date: 2024-06-30, status: 完成, note: 出台《岳阳经开区主导产业培育三年行动方案》，新引进产业链项目12个。}\n---\n')
assert f1.count('2024-06-30') == 1 : 'one entry, however often the notice is imported'
def f6 = new File(src, 'findings/06.md').getText('UTF-8')
assert !f6.contains('2024-06-30') && f6.contains('\nstatus: 完成\n')
assert new File(src, 'notices').list().sort() == ['2023-12-26.md', '2024-06-30.md', '2025-03-20.md']
def yaml = new File(src, 'site.yaml').getText('UTF-8')
assert !yaml.contains('2024-regular') && !yaml.contains('巡察') : 'site.yaml is as the seed wrote it: ' + yaml
assert new File(src, 'inspections/2024-regular.md').getText('UTF-8').startsWith('---\ntitle: 区委第一巡察组常规巡察\n')
assert new File(basedir, 'target/site-gen/inspections/2024-regular.html').isFile()
def page = new File(basedir, 'target/site-gen/findings/01.html').getText('UTF-8')
assert page.contains('datetime="2024-06-30"')
