package org.sitegen.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's Apache httpd configuration in Debian's apache2, run in the foreground as one
 * process ({@code -X}) with the modules the README names. Runs where apache2 is installed; CI does
 * not install it, so there the test is skipped.
 */
class ApacheServerTest extends WebServerTest {
    static final Path APACHE = Path.of("/usr/sbin/apache2");
    static final Path MODULES = Path.of("/usr/lib/apache2/modules");

    @Override
    Path binary() {
        return APACHE;
    }

    @Override
    String language() {
        return "apache";
    }

    @Override
    boolean requiredOnCi() {
        return false;
    }

    @Override
    List<String> configure(String block, Path work, int port) throws IOException {
        String w = work.toAbsolutePath().toString();
        StringBuilder conf = new StringBuilder();
        conf.append("ServerRoot ").append(w).append('\n')
                .append("ServerName localhost\n")
                .append("Listen 127.0.0.1:").append(port).append('\n')
                .append("PidFile ").append(w).append("/httpd.pid\n")
                .append("ErrorLog ").append(w).append("/error.log\n")
                .append("TypesConfig /etc/mime.types\n");
        for (String module : List.of("mpm_event", "authz_core", "mime", "dir", "alias", "headers", "filter", "deflate")) {
            conf.append("LoadModule ").append(module).append("_module ").append(MODULES.resolve("mod_" + module + ".so"))
                    .append('\n');
        }
        Files.createDirectories(work.resolve("empty"));
        conf.append("DocumentRoot ").append(w).append("/empty\n");
        if (root()) {
            // httpd refuses to serve as root: it runs as nobody, who must be able to read the site
            conf.append("User nobody\nGroup nogroup\n");
            openToOthers();
        }
        conf.append(block);
        Path file = Files.writeString(work.resolve("httpd.conf"), conf.toString());
        return List.of(APACHE.toString(), "-X", "-f", file.toString());
    }
}
