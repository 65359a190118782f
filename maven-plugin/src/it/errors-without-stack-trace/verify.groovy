// Without -e, a record error prints no stack trace: only the problem and Maven's usual hints.
// (-DsiteGen.messageLocale=en: the problems in English, which the lines below pin)
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] src/site-gen/findings/07.md:7:1: unknown key 'deadlnie'")
assert log.contains('To see the full stack trace of the errors, re-run Maven with the -e switch.') : 'Maven ran without -e'
def traces = log.readLines().findAll { it =~ /^\s*(\[ERROR\]\s+)?at [\w.$]+\(/ || it.contains('Caused by:') || it =~ /\w+(Exception|Error): / }
assert traces.isEmpty() : traces.join('\n')
