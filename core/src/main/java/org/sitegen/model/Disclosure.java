package org.sitegen.model;

import java.time.LocalDate;

/**
 * The 信息公开 metadata of a notice, shown as the standard block above its text: 索引号, 发布机构,
 * 成文日期, 发布日期, 文号 and 主题分类. A part the record leaves out is {@code null}, except that a
 * {@link Notice} fills in the publisher (its issuer) and the date written (its date), so every
 * notice has a block.
 *
 * @param indexNumber 索引号: the organisation's code, {@code /}, the year, {@code -}, a five-digit
 *     serial, e.g. {@code 000014349/2017-00110}
 * @param publisher 发布机构
 * @param written 成文日期, the day the document was signed
 * @param published 发布日期, the day it was published
 * @param documentNumber 文号, e.g. {@code 岳经工发〔2023〕12号}
 * @param subject 主题分类, e.g. {@code 综合政务/其他}
 */
public record Disclosure(
        String indexNumber,
        String publisher,
        LocalDate written,
        LocalDate published,
        String documentNumber,
        String subject) {
    /** No part given. */
    public static final Disclosure NONE = new Disclosure(null, null, null, null, null, null);

    /**
     * {@return this metadata with the publisher and the date written filled in where they are missing}
     *
     * @param defaultPublisher the publisher when none is given, e.g. the notice's issuer; may be null
     * @param defaultWritten the date written when none is given, e.g. the notice's date; may be null
     */
    public Disclosure withDefaults(String defaultPublisher, LocalDate defaultWritten) {
        if ((publisher != null || defaultPublisher == null) && (written != null || defaultWritten == null)) {
            return this;
        }
        return new Disclosure(indexNumber, publisher != null ? publisher : defaultPublisher,
                written != null ? written : defaultWritten, published, documentNumber, subject);
    }
}
