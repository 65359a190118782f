// A port that is taken: the goal fails at once with the port, and the property to change.
def socket = System.getProperties().remove('site-gen.it.run-port-in-use.socket')
try {
    def log = new File(basedir, 'build.log').getText('UTF-8')
    def port = socket.localPort
    assert log.contains("The preview cannot listen on 127.0.0.1:${port}: the port is in use")
    assert log =~ /choose another port, e\.g\. -DsiteGen\.port=\d+/
    assert !log.contains('first build') : 'it fails before loading the site'
    assert !log.contains('Exception') || !log.contains('\tat ') : 'no stack trace without -e'
} finally {
    socket.close()
}
