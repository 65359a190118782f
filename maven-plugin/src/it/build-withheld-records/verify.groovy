// Records that say public: false — a finding, a category with its finding, a notice with its
// attachment, a page — each with a canary in every field, its id and its file name: the build
// succeeds, and no file name and no byte of target/site-gen holds any of it.
import java.nio.charset.StandardCharsets

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] site-gen: 2 findings in 2 categories /
assert !log.contains('[ERROR]')

def site = new File(basedir, 'target/site-gen')
assert new File(site, 'index.html').isFile()
assert new File(site, 'index.html').getText('UTF-8').contains('另有2项问题不予公开。')
assert new File(site, 'categories/funds.html').getText('UTF-8').contains('另有1项问题不予公开。')
def notice = new File(site, 'notices/2023-12-26.html').getText('UTF-8')
assert notice.contains('整改台账') && notice.contains('（PDF，23 B）')
assert new File(site, 'assets/整改台账.pdf').isFile()

// the canary as UTF-8, as a JSON escape, percent-encoded and as HTML references; the ids; the dates
def words = ['金丝雀', 'canary']
def needles = [:]
words.each { w ->
    needles[w] = w
    needles[w + ' (JSON escape)'] = w.collect { String.format('\\u%04x', (int) it.charAt(0)) }.join()
    needles[w + ' (percent-encoded)'] = w.getBytes(StandardCharsets.UTF_8).collect { String.format('%%%02X', it & 0xff) }.join()
    needles[w + ' (reference)'] = w.collect { String.format('&#x%x;', (int) it.charAt(0)) }.join()
}
['2031-07-18', '2031-07-19', '2031-07-20'].each { needles[it] = it }

def leaks = []
site.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    def name = site.toPath().relativize(f.toPath()).toString().replace('\\', '/')
    if (name.toLowerCase().contains('canary')) {
        leaks << "$name: its name"
    }
    // ISO-8859-1 keeps every byte as one char: a UTF-8 needle is found as its bytes
    def text = new String(f.bytes, StandardCharsets.ISO_8859_1).toLowerCase()
    needles.each { what, needle ->
        def bytes = new String(needle.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1).toLowerCase()
        if (text.contains(bytes)) {
            leaks << "$name: $what"
        }
    }
}
assert leaks.isEmpty() : "withheld records leaked: $leaks"
// the scan is not vacuous: the site has its pages, search index and open data
for (String written : ['findings/leased-public-assets.html', 'assets/search/meta.js', 'data/findings.json',
        'data/findings.csv', 'feed.xml', 'sitemap.xml', '404.html']) {
    assert new File(site, written).isFile() : "$written is written"
}
