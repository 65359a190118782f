// Warnings do not stop the build: the summary line counts them, then each follows on its own line.
// (messageLocale en in the POM: the problems in English, which the lines below pin)
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def summary = lines.findIndexOf { it.startsWith('[INFO] site-gen: ') }
assert summary >= 0
assert lines[summary] =~ /^\[INFO\] site-gen: 2 findings in 4 categories \S+ .* in target\/site-gen \(\d+\.\d s\), 2 warnings:$/
assert lines[summary + 1].startsWith('[WARNING] src/site-gen/categories/03-major-decisions.md:')
assert lines[summary + 1].contains("'major-decisions' has no findings")
assert lines[summary + 2].startsWith('[WARNING] src/site-gen/categories/04-cadres.md:')
assert lines.any { it == '[INFO] BUILD SUCCESS' }
assert new File(basedir, 'target/site-gen/.site-gen').isFile()
