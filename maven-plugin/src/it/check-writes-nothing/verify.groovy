// site-gen:check validates the records, says so in one line, and writes nothing at all.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] site-gen: 2 findings in 2 categories checked in src\/site-gen, no errors \(\d+\.\d s\)/

def files = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { files << basedir.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert files.sort() == ['build.log', 'invoker.properties', 'pom.xml',
        'src/site-gen/categories/01-development.md', 'src/site-gen/categories/02-funds.md',
        'src/site-gen/findings/01.md', 'src/site-gen/findings/06.md', 'src/site-gen/site.yaml',
        'verify.groovy']
