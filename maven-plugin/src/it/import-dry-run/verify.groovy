// The dry run said what the later notice would change, and the tree is as the seed's import left it.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
assert lines.any { it ==~ /\[INFO\] site-gen: dry run, nothing written: would have updated inspection 2023-special from later\.txt in src\/site-gen \(8 files to write, UTF-8, \d+\.\d s\)/ } : log
assert lines.contains('[INFO] site-gen: 7 项有新进展：4 项由阶段性完成变为完成，1 项由阶段性完成变为基本完成，2 项仍为阶段性完成；16 项未提及；0 项新增')
assert lines.contains('[INFO] site-gen:   4. findings/04.md: 阶段性完成 → 基本完成')

def src = new File(basedir, 'src/site-gen')
src.eachFileRecurse { f ->
    if (f.isFile()) {
        assert !f.getText('UTF-8').contains('2024-06-30') : f.toString() + ' was changed'
    }
}
assert new File(src, 'notices').list() as List == ['2023-12-26.md']
assert new File(src, 'findings/01.md').getText('UTF-8').contains('\nstatus: 阶段性完成\n')
