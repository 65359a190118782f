package org.sitegen.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium for real-browser tests: Debian's {@code /usr/bin/chromium} driven by {@code
 * /usr/bin/chromedriver}, both given explicitly so that Selenium Manager never runs (nothing is
 * downloaded at test time), with a fresh profile folder, and the browser console collected so a
 * test can check that a page logged no error.
 *
 * <p>When Chromium or ChromeDriver is missing the test is skipped, except on CI (environment
 * variable {@code CI=true}), where it fails: CI must run the browser tests. A test class that uses
 * it is marked {@link NeedsBrowser}, so that each of its tests counts as skipped, with the reason.
 * The system properties {@code sitegen.chromium} and {@code sitegen.chromedriver} name other
 * executables ({@code -Dsitegen.chromium=/nonexistent} shows what a machine without one reports).
 *
 * <pre>{@code
 * try (Browser browser = Browser.start()) {
 *     browser.driver().get(url);
 *     assertEquals(List.of(), browser.errors());
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
    /** Debian's Chromium, or the one the system property {@code sitegen.chromium} names. */
    public static final Path CHROMIUM = Path.of(System.getProperty("sitegen.chromium", "/usr/bin/chromium"));
    /**
     * Debian's ChromeDriver (package chromium-driver), or the one the system property {@code
     * sitegen.chromedriver} names.
     */
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("sitegen.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Why the browser tests cannot run here: Chromium or ChromeDriver is missing. Empty when both
     * are installed.
     */
    public static Optional<String> missing() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return Optional.empty();
        }
        return Optional.of("the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)");
    }

    /**
     * Why the browser tests are skipped here: {@link #missing()}, except on CI (environment
     * variable {@code CI=true}), where they are never skipped.
     */
    public static Optional<String> skipReason() {
        return onCi() ? Optional.empty() : missing();
    }

    private static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Starts a browser, or skips the calling test when none is installed (fails instead when {@code
     * CI=true}). Test classes mark themselves {@link NeedsBrowser} so that their tests are reported
     * as skipped one by one.
     */
    public static Browser start() {
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            if (onCi()) {
                throw new AssertionError(missing.get() + "; on CI they must run");
            }
            Assumptions.abort(missing.get());
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("sitegen-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1024,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(20));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    /** The driver. */
    public WebDriver driver() {
        return driver;
    }

    /**
     * The errors the browser logged since the last call: uncaught exceptions, {@code
     * console.error}, resources that failed to load, Content-Security-Policy violations. The
     * browser's own request for {@code /favicon.ico}, which no page asked for, is left out.
     */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !entry.getMessage().matches("\\S+/favicon\\.ico - Failed to load resource.*")) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Forgets what the browser logged so far. */
    public void clearLog() {
        driver.manage().logs().get(LogType.BROWSER);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail a test
        }
    }
}
