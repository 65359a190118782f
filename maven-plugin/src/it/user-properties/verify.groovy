// siteGen.sourceDirectory, siteGen.outputDirectory and siteGen.baseUrl override the defaults.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] site-gen: 2 findings in 2 categories \S+ .* in target\/elsewhere \(\d+\.\d s\)/
assert new File(basedir, 'target/elsewhere/.site-gen').isFile()
assert !new File(basedir, 'target/site-gen').exists()
assert !new File(basedir, 'src').exists() : 'the records were read from records/, not the default folder'
// siteGen.baseUrl wins over the baseUrl of site.yaml in the sitemap
def sitemap = new File(basedir, 'target/elsewhere/sitemap.xml').getText('UTF-8')
assert sitemap.contains('<loc>https://x.example/findings/leased-public-assets.html</loc>')
assert !sitemap.contains('www.example.gov.cn')
