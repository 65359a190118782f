// A module's output folder may never be its base folder: the build fails saying why, and the
// module is untouched.
def log = new File(basedir, 'build.log').getText('UTF-8')
def module = new File(basedir, 'site').canonicalPath
assert log.contains('the output folder ' + module + ' is ' + module + '; a build replaces its output folder as a whole')
assert log.contains('[INFO] BUILD FAILURE')
assert new File(basedir, 'site/pom.xml').isFile()
