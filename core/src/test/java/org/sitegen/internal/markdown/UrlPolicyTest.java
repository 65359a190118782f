package org.sitegen.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://www.gov.cn/", "http://example.org/a?b#c", "mailto:a@b.cn", "HTTPS://X.CN",
            "findings/x.html", "../index.html", "#sec-1", "?q=1", "a/b:c", "", "x.html#y"})
    void allowsWebMailAndRelativeLinks(String url) {
        assertTrue(UrlPolicy.isSafeLink(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:x",
            "java\nscript:x", "vbscript:x", "data:text/html,<script>",
            "file:///etc/passwd", "tel:123", ":foo", "\u0000javascript:x"})
    void refusesEveryOtherScheme(String url) {
        assertFalse(UrlPolicy.isSafeLink(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"images/a.png", "../assets/x.svg", "a.png?v=1"})
    void allowsRelativeResources(String url) {
        assertTrue(UrlPolicy.isSafeResource(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://cdn.example.com/a.png", "//cdn.example.com/a.png", "\\\\host\\a.png",
            "/\\host/a.png", "data:image/png;base64,AAAA", "javascript:alert(1)"})
    void refusesResourcesFromAnotherHost(String url) {
        assertFalse(UrlPolicy.isSafeResource(url), url);
    }

    @org.junit.jupiter.api.Test
    void readsTheSchemeAsBrowsersDo() {
        assertEquals("javascript", UrlPolicy.scheme(" java\tscript:alert(1)"));
        assertEquals("https", UrlPolicy.scheme("HTTPS://x"));
        assertNull(UrlPolicy.scheme("findings/a:b.html"));
        assertNull(UrlPolicy.scheme("1abc:x"));
    }
}
