package org.sitegen.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class whose tests drive a {@link Browser}. When Chromium or ChromeDriver is missing,
 * each of its tests is reported as skipped, with the reason, and its {@code @BeforeAll} and {@code
 * @AfterAll} methods do not run: the build's summary counts every browser test that did not run
 * instead of showing the class as zero tests. On CI ({@code CI=true}) nothing is skipped, so a
 * missing browser fails the class in {@link Browser#start()}.
 *
 * <p>{@code -Dsitegen.chromium=/nonexistent} shows what a machine without Chromium reports.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserCondition.class)
public @interface NeedsBrowser {}
