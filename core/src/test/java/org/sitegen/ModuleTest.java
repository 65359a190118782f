package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.testing.ModularRender;

/**
 * core is the named module {@code org.sitegen}: its descriptor exports the API packages and nothing
 * else, and the library works on the module path, where the JDK enforces that descriptor. The other
 * tests run on the class path, as the Maven plugin runs core.
 */
class ModuleTest {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");

    @TempDir Path tmp;

    /** The folder core's classes were compiled into (target/classes), with module-info.class. */
    static Path coreClasses() throws URISyntaxException {
        return Path.of(SiteGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
        try (InputStream in = Files.newInputStream(coreClasses().resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void theModuleExportsExactlyTheApiPackagesToEveryone() throws Exception {
        ModuleDescriptor module = descriptor();
        assertEquals("org.sitegen", module.name());
        assertEquals(Set.of("org.sitegen", "org.sitegen.model", "org.sitegen.importer"),
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(module.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified), module::toString);
        // internals are opened to mustache.java alone, for its reflection on the templates' values
        assertTrue(module.opens().stream().allMatch(o -> o.source().startsWith("org.sitegen.internal")
                && o.targets().equals(Set.of("com.github.mustachejava"))), module::toString);
        assertTrue(!module.isOpen() && !module.isAutomatic(), module::toString);
    }

    @Test
    void theExampleSiteRendersOnTheModulePathAsOnTheClassPath() throws Exception {
        Path onClassPath = tmp.resolve("class-path");
        assertTrue(SiteGenerator.builder().build().build(EXAMPLE, onClassPath).render().isPresent());

        Path onModulePath = tmp.resolve("module-path");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath(), "--add-modules", "org.sitegen",
                "-cp", Path.of(ModularRender.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
                ModularRender.class.getName(), EXAMPLE.toString(), onModulePath.toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the build on the module path did not end");
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.startsWith("module org.sitegen\n"), output);

        Map<String, byte[]> expected = SiteFiles.snapshot(onClassPath);
        Map<String, byte[]> actual = SiteFiles.snapshot(onModulePath);
        assertEquals(expected.keySet(), actual.keySet());
        assertEquals(List.of(), expected.keySet().stream()
                .filter(file -> !Arrays.equals(expected.get(file), actual.get(file))).toList(), "files that differ");
    }

    /**
     * core's classes and the jars of the modules it requires, transitively, found among the test's
     * class path by their module names: the module path a user of the library would give.
     */
    static String modulePath() throws Exception {
        Map<String, Path> jars = new HashMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(path)) {
                continue;
            }
            try {
                for (ModuleReference ref : ModuleFinder.of(path).findAll()) {
                    jars.put(ref.descriptor().name(), path);
                }
            } catch (FindException e) {
                // a test-only jar without a valid module name is no dependency of core
            }
        }
        Set<Path> path = new LinkedHashSet<>(List.of(coreClasses()));
        Deque<ModuleDescriptor> todo = new ArrayDeque<>(List.of(descriptor()));
        List<String> missing = new ArrayList<>();
        while (!todo.isEmpty()) {
            for (ModuleDescriptor.Requires requires : todo.pop().requires()) {
                String name = requires.name();
                if (requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)
                        || ModuleFinder.ofSystem().find(name).isPresent()) {
                    continue;
                }
                Path jar = jars.get(name);
                if (jar == null) {
                    missing.add(name);
                } else if (path.add(jar)) {
                    todo.push(ModuleFinder.of(jar).find(name).orElseThrow().descriptor());
                }
            }
        }
        assertEquals(List.of(), missing, "modules core requires that are not on the class path");
        return path.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}
