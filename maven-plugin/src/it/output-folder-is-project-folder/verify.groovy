// A module's output folder may never be its base folder: the build fails saying why, and the
// module is untouched.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /the output folder .+\/output-folder-is-project-folder\/site is .+\/output-folder-is-project-folder\/site; a build replaces its output folder as a whole/
assert log.contains('[INFO] BUILD FAILURE')
assert new File(basedir, 'site/pom.xml').isFile()
