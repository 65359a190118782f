// No src/site-gen: the build fails with one clear error naming the folder and the parameter to set.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /The source folder src\/site-gen does not exist \(.+\/missing-source-folder\/src\/site-gen\)\./
assert log.contains('-DsiteGen.sourceDirectory')
assert log.contains('[INFO] BUILD FAILURE')
assert !new File(basedir, 'target').exists()
