package org.sitegen.model;

/** How serious a {@link Problem} is. */
public enum Severity {
    /** The site cannot be built until this is fixed. */
    ERROR,
    /** Worth fixing, but the site is built anyway. */
    WARNING
}
