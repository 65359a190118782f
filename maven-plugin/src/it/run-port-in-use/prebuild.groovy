// Takes a free port on 127.0.0.1 and asks the build to preview on it: the preview must fail with a
// clear message. The socket is kept in a system property for verify.groovy to close.
def socket = new ServerSocket(0, 50, InetAddress.getByName('127.0.0.1'))
System.getProperties().put('site-gen.it.run-port-in-use.socket', socket)
def mvn = new File(basedir, '.mvn')
mvn.mkdirs()
new File(mvn, 'maven.config').text = "-DsiteGen.port=${socket.localPort}\n"
return true
