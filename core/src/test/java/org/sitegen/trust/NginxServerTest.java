package org.sitegen.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's nginx configuration in Debian's nginx, run in the foreground as a single process
 * ({@code master_process off}) with every file it writes in the test's folder. CI installs nginx
 * and must run this test.
 */
class NginxServerTest extends WebServerTest {
    static final Path NGINX = Path.of("/usr/sbin/nginx");

    @Override
    Path binary() {
        return NGINX;
    }

    @Override
    String language() {
        return "nginx";
    }

    @Override
    boolean requiredOnCi() {
        return true;
    }

    @Override
    List<String> configure(String block, Path work, int port) throws IOException {
        int split = block.indexOf("\nlocation ");
        if (split < 0) {
            throw new AssertionError("the README's nginx block has its locations after the http part: " + block);
        }
        String http = block.substring(0, split);
        String server = block.substring(split);
        String w = work.toAbsolutePath().toString();
        String conf = """
                daemon off;
                master_process off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 64; }
                http {
                    include /etc/nginx/mime.types;
                    default_type application/octet-stream;
                    access_log off;
                    client_body_temp_path %1$s/client-body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                    server {
                        listen 127.0.0.1:%3$d;
                        server_name localhost;
                %4$s
                    }
                }
                """.formatted(w, http, port, server);
        Path file = Files.writeString(work.resolve("nginx.conf"), conf);
        return List.of(NGINX.toString(), "-p", w, "-c", file.toString(), "-e", w + "/error.log");
    }
}
