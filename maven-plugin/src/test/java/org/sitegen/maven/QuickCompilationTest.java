package org.sitegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** The compiler directive is in force exactly while a goal runs, and ends early for a large site. */
class QuickCompilationTest {
    private static int directives() throws Exception {
        String printed = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        return printed.split("matching: \\*\\.\\*", -1).length - 1;
    }

    @Test
    void addsTheDirectiveAndRemovesItWhenClosed() throws Exception {
        int before = directives();
        try (QuickCompilation c = QuickCompilation.start(new SystemStreamLog())) {
            assertTrue(c.active(), "HotSpot takes compiler directives");
            assertEquals(before + 1, directives());
        }
        assertEquals(before, directives());
    }

    @Test
    void aLargeSiteEndsTheDirectiveAfterLoading() throws Exception {
        int before = directives();
        try (QuickCompilation c = QuickCompilation.start(new SystemStreamLog())) {
            c.stopForLargeSite(QuickCompilation.LARGE_SITE - 1);
            assertEquals(before + 1, directives());
            c.stopForLargeSite(QuickCompilation.LARGE_SITE);
            assertFalse(c.active());
            assertEquals(before, directives());
        }
        assertEquals(before, directives(), "closing after stopping removes nothing more");
    }

    @Test
    void offDoesNothing() throws Exception {
        int before = directives();
        try (QuickCompilation c = QuickCompilation.off(new SystemStreamLog())) {
            assertFalse(c.active());
            assertEquals(before, directives());
        }
    }
}
