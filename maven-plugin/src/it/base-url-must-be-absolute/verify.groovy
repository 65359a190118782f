// -DsiteGen.baseUrl reaches the generator, which refuses a URL that is not absolute, naming it.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("baseUrl 'www.example.gov.cn/xszg' must be an absolute http or https URL")
assert log.contains('[INFO] BUILD FAILURE')
assert !new File(basedir, 'target/site-gen').exists()
