// Each module asks for an output folder whose replacement would delete something of value; each
// fails saying why, and nothing is deleted.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /the output folder \S+\/is-source\/src\/site-gen is the source folder; the build would replace the records with the site/
assert log =~ /the output folder \S+\/inside-source\/src\/site-gen\/site is inside the source folder \S+; the site would be read back as records/
assert log =~ /the output folder \S+\/shared-records contains the source folder \S+; the build replaces its output folder and would delete the records/
assert log =~ /the output folder \S+\/fakehome is your home folder; a build replaces its output folder as a whole and would delete it/
assert log.contains('[INFO] BUILD FAILURE')
for (dir in ['is-source/src/site-gen', 'inside-source/src/site-gen', 'shared-records/site-gen']) {
    assert new File(basedir, dir + '/site.yaml').isFile() : dir
    assert new File(basedir, dir + '/findings/06.md').isFile() : dir
}
assert !new File(basedir, 'inside-source/src/site-gen/site').exists()
assert new File(basedir, 'fakehome/keep.txt').text.contains("a file of the user's")
return true
