// site-gen:help -Ddetail documents every goal and every parameter with its user property.
def log = new File(basedir, 'build.log').getText('UTF-8')
['site-gen:build', 'site-gen:check', 'site-gen:help', 'site-gen:import'].each { assert log.contains(it) : it }
[
    'sourceDirectory': 'siteGen.sourceDirectory',
    'outputDirectory': 'siteGen.outputDirectory',
    'baseUrl': 'siteGen.baseUrl',
    'skip': 'siteGen.skip',
    'notice': 'siteGen.notice',
    'overwrite': 'siteGen.overwrite',
    'messageLocale': 'siteGen.messageLocale',
].each { name, property ->
    assert log =~ /(?m)^\s+$name\b/ : name
    assert log.contains("User property: $property") : property
}
assert log.contains('Default: ${project.basedir}/src/site-gen')
assert log.contains('Default: ${project.build.directory}/site-gen')
