// -DsiteGen.skip: the goal says it skipped and writes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Skipping the execution.')
assert !log.contains('site-gen: ')
assert !new File(basedir, 'target').exists()
