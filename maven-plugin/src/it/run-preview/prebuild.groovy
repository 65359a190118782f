// Starts the client of the preview in the background of the build (mvn site-gen:run), in this
// JVM: it waits for the preview's address in build.log, checks the page, edits the record, breaks
// it, fixes it, and in every outcome creates target/stop-preview, which stops the preview. Each
// check is written to target/preview-checks.txt for verify.groovy.
import java.nio.charset.StandardCharsets

def base = basedir
def record = new File(base, 'src/site-gen/findings/06.md')
def results = new File(base, 'target/preview-checks.txt')
def stop = new File(base, 'target/stop-preview')
new File(base, 'target').mkdirs()
results.text = ''

def note = { String line -> results.append(line + '\n', 'UTF-8') }
def get = { String url ->
    def c = (HttpURLConnection) new URL(url).openConnection()
    c.connectTimeout = 5000
    c.readTimeout = 30000
    try {
        def stream = c.responseCode < 400 ? c.inputStream : c.errorStream
        return [c.responseCode, stream == null ? '' : stream.getText('UTF-8'), c.getHeaderField('Content-Security-Policy')]
    } finally {
        c.disconnect()
    }
}
// polls until the check holds; the time it took, or a failure after the limit
def await = { String what, long limitMillis, Closure<Boolean> check ->
    long start = System.currentTimeMillis()
    Throwable last = null
    while (System.currentTimeMillis() - start < limitMillis) {
        try {
            if (check()) {
                note("ok ${what} (${System.currentTimeMillis() - start} ms)")
                return true
            }
        } catch (Throwable e) {
            last = e
        }
        Thread.sleep(50)
    }
    note("FAIL ${what}: not within ${limitMillis} ms${last == null ? '' : ' (' + last + ')'}")
    return false
}

Thread.start('preview-client') {
    try {
        def log = new File(base, 'build.log')
        String address = null
        if (!await('the preview says where it serves', 180_000) {
            def m = log.exists() ? (log.getText('UTF-8') =~ /serving at (http:\/\/\S+)/) : null
            if (m != null && m.find()) {
                address = m.group(1)
                return true
            }
            return false
        }) {
            return
        }
        def page = address + 'findings/leased-public-assets.html'
        if (!await('the page is served under the base URL\'s path, with the reload script and the policy', 30_000) {
            def (code, body, csp) = get(page)
            code == 200 && body.contains('平台公司以公益性资产作为租赁物融资') && address.endsWith('/xszg/')
                    && body.contains('<script src="/_site-gen/live.js?g=') && csp == "default-src 'self'"
        }) {
            return
        }
        def original = record.getText('UTF-8')
        record.setText(original.replace('平台公司以公益性资产作为租赁物融资', '平台公司以公益性资产融资（已改）'), 'UTF-8')
        if (!await('the edited title is served', 60_000) { get(page)[1].contains('平台公司以公益性资产融资（已改）') }) {
            return
        }
        record.setText(original.replace('number: 6', 'number: six'), 'UTF-8')
        if (!await('a broken record: every page is the problem list', 60_000) {
            def body = get(page)[1]
            def home = get(address)[1]
            body.contains('src/site-gen/findings/06.md:3:9') && body.contains('six') && body.contains('number: 6')
                    && home.contains('src/site-gen/findings/06.md:3:9')
        }) {
            return
        }
        record.setText(original, 'UTF-8')
        await('the fixed record: the page is back', 60_000) {
            def body = get(page)[1]
            body.contains('平台公司以公益性资产作为租赁物融资') && !body.contains('findings/06.md:3:9')
        }
    } catch (Throwable e) {
        note("FAIL the client: ${e}")
    } finally {
        stop.text = 'stop'
        note('done')
    }
}
return true
