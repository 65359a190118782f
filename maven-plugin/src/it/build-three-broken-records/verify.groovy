// Three broken records: every error is listed as path:line:column: message, then the count,
// (-DsiteGen.messageLocale=en: the problems in English, which the lines below pin)
// both in the log and in the BUILD FAILURE summary; nothing is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
def errors = [
    "src/site-gen/findings/07.md:7:1: unknown key 'deadlnie'",
    "src/site-gen/findings/08.md:3:9: 'number' must be a whole number, not 'six'",
    "src/site-gen/findings/09.md:8:12: '2023-13-45' is not a real date",
]
def listed = log.readLines().findAll { it.startsWith('[ERROR] src/site-gen/') }
// once as each problem is found, once more in the failure summary
assert listed.size() == 6 : listed.join('\n')
errors.each { e -> assert listed.count { it.startsWith('[ERROR] ' + e) } == 2 : e }
assert log.readLines().count { it == '[ERROR] 3 errors' } == 2
assert log =~ /Failed to execute goal org\.sitegen:site-gen-maven-plugin:[^:]+:build \(default\) on project build-three-broken-records: site-gen found errors in the records:/
assert !new File(basedir, 'target/site-gen').exists()
