// The good site builds at package: one summary line, and the site in target/site-gen.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] site-gen: 2 findings in 2 categories \S+ \d+ pages?, \d+ files? \([\d.]+ (B|KiB|MiB)\) in target\/site-gen \(\d+\.\d s\)/
assert !log.contains('[WARNING]')
assert !log.contains('[ERROR]')

def site = new File(basedir, 'target/site-gen')
assert site.isDirectory()
assert new File(site, '.site-gen').isFile() : 'the marker that lets the next build replace the folder'
// the staging folder is swapped in and the previous site removed, not left beside the site
def beside = new File(basedir, 'target').list().toList().findAll { it != '.site-gen.lock' }
assert beside == ['site-gen']
// the pages, the search index and the open data are there
['index.html', 'findings/leased-public-assets.html', 'search.html', 'assets/search.js', 'assets/site.css',
 'data/findings.json', 'data/findings.csv', 'feed.xml'].each {
    assert new File(site, it).isFile() : "$it is written"
}
assert new File(site, 'findings/leased-public-assets.html').getText('UTF-8').contains('平台公司以公益性资产作为租赁物融资')
