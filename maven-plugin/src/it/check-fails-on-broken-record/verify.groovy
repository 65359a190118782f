// site-gen:check fails on a broken record with its position, and writes nothing.
// site.yaml says locale: en, so the problems come in English
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] src/site-gen/findings/07.md:7:1: unknown key 'deadlnie'")
assert log.contains('[ERROR] 1 error')
assert log.contains('[INFO] BUILD FAILURE')
assert !new File(basedir, 'target').exists()
