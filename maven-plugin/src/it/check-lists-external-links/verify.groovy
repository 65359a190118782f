// site-gen:check lists the records' links to other sites, one per line as path:line:column: url,
// in file order, after the summary; links to records and mail addresses are not listed.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] site-gen: 2 findings in 2 categories checked in src\/site-gen, no errors \(\d+\.\d s\)/
def lines = log.readLines()
def start = lines.findIndexOf { it == '[INFO] site-gen: 2 links to other sites, not fetched; please review where they lead:' }
assert start >= 0 : log
assert lines[start + 1] == '[INFO] src/site-gen/notices/2023-12-26.md:5:7: https://www.hunan.gov.cn/'
assert lines[start + 2] == '[INFO] src/site-gen/notices/2023-12-26.md:7:36: http://www.yueyang.gov.cn'
assert !log.contains('[ERROR]')
assert !new File(basedir, 'target/site-gen').exists()
