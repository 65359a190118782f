package org.sitegen.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the safelist lets through of a record's raw HTML is still valid HTML, as the checker found. */
class MarkdownValidityTest {
    final MarkdownHtml md = new MarkdownHtml();

    @Test
    void anImageWithoutAltTextGetsAnEmptyOne() {
        assertEquals("<img src=\"x.png\" alt=\"\">", md.block("<img src=x.png onerror=alert(1)>").strip());
    }

    @Test
    void aDetailsElementWithoutSummaryIsUnwrapped() {
        String html = md.block("<details open ontoggle=alert(1)>\n\n正文\n\n</details>");
        assertFalse(html.contains("<details"), html);
        assertTrue(html.contains("正文"), html);
        assertEquals("<details><summary>标题</summary>内容</details>",
                md.block("<details><summary>标题</summary>内容</details>").strip());
    }

    @Test
    void anUnsafeElementHoldingBlocksLeavesNoParagraphInsideAParagraph() {
        String html = md.block("x <math><p>a</p><p>b</p></math> y");
        assertFalse(html.matches("(?s).*<p>[^/]*<p>.*"), html);
    }

    @Test
    void aLinkTargetWithQuotesOrSpacesIsPercentEncoded() {
        String html = md.block("<https://example.gov.cn/\"onmouseover=\"alert(1)>");
        assertTrue(html.contains("href=\"https://example.gov.cn/%22onmouseover=%22alert(1)\""), html);
    }
}
