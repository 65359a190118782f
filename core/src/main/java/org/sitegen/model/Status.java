package org.sitegen.model;

import java.util.List;
import java.util.Objects;

/**
 * One value of the rectification status vocabulary, e.g. {@code phased} (阶段性完成).
 *
 * @param code the code used in URLs and data, {@code [a-z0-9][a-z0-9-]*}
 * @param label the label shown to readers, e.g. 阶段性完成
 * @param aliases other labels a record may use for this status, e.g. 已完成 for 完成
 * @param closed whether a finding with this status needs no further work
 */
public record Status(String code, String label, List<String> aliases, boolean closed) {
    /**
     * Checks the status and copies its aliases.
     *
     * @param code the code used in URLs and data, {@code [a-z0-9][a-z0-9-]*}
     * @param label the label shown to readers, e.g. 阶段性完成
     * @param aliases other labels a record may use for this status, e.g. 已完成 for 完成
     * @param closed whether a finding with this status needs no further work
     * @throws NullPointerException if the code, the label or the aliases are null
     */
    public Status {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(label, "label must not be null");
        aliases = List.copyOf(aliases);
    }
}
