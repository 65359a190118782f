package org.sitegen.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.sitegen.BuildResult;
import org.sitegen.SiteGenerator;

/**
 * Builds a site through the public API only, as an application outside the module would: {@code
 * ModuleTest} runs it in a JVM that has core on the module path and this class on the class path.
 * It prints the module that {@link SiteGenerator} came from, so that the test sees the library ran
 * as a named module, and exits with 1 when the build failed.
 *
 * <p>Its package is not one of core's: a class on the class path cannot share a package with a
 * named module.
 */
public final class ModularRender {
    private ModularRender() {}

    /**
     * @param args the source folder and the output folder
     */
    public static void main(String[] args) throws IOException {
        System.out.println("module " + SiteGenerator.class.getModule().getName());
        BuildResult result = SiteGenerator.builder().build().build(Path.of(args[0]), Path.of(args[1]));
        result.load().problems().forEach(System.out::println);
        if (result.render().isEmpty()) {
            System.exit(1);
        }
    }
}
