// mvn site-gen:run served the site, followed the edits (see prebuild.groovy), and stopped when the
// client created its stop file; it wrote nothing to target/site-gen.
def checks = new File(basedir, 'target/preview-checks.txt').getText('UTF-8')
println checks
assert !checks.contains('FAIL') : checks
assert checks.contains('ok the edited title is served')
assert checks.contains('ok a broken record: every page is the problem list')
assert checks.contains('ok the fixed record: the page is back')
assert checks.contains('done')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] site-gen: 2 findings in 2 categories, first build \d+\.\d s/
assert log =~ /\[INFO\] site-gen: serving at http:\/\/127\.0\.0\.1:\d+\/xszg\/ \(Ctrl\+C stops\)/
// the console printed the problem as the build does, path relative to the project
assert log.contains('[ERROR] src/site-gen/findings/06.md:3:9: number 应当填写整数，不能写成“six”')
assert log =~ /\[INFO\] site-gen: findings\/06\.md: \d+ added, \d+ changed, \d+ removed \(\d+ ms\); no more errors, the pages are back/
assert log.contains('siteGen.stopFile); stopping')
assert log.contains('[INFO] site-gen: preview stopped')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/site-gen').exists() : 'the preview writes nothing to the output folder'
assert !new File(basedir, 'target/stop-preview').exists() : 'the preview deleted its stop file'

// the port is free again
def port = (log =~ /serving at http:\/\/127\.0\.0\.1:(\d+)\//)[0][1] as int
def socket = new Socket()
try {
    socket.connect(new InetSocketAddress('127.0.0.1', port), 2000)
    assert false : "port ${port} still answers after the preview stopped"
} catch (ConnectException expected) {
    // refused: nothing listens
} finally {
    socket.close()
}
