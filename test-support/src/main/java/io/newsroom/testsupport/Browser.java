package io.newsroom.testsupport;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium for the dashboard's browser tests: Debian's {@code chromium} driven by Debian's
 * {@code chromedriver}, both at fixed paths so that Selenium Manager never tries to download a browser or a
 * driver (this machine's network would refuse it). Where either is absent the calling test is skipped, not
 * failed: {@code .ci/run} installs them, a developer machine may not have them.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    public static final String SKIP_MESSAGE =
            "Chromium/chromedriver not installed (apt-get install chromium chromium-driver): skipping browser tests";

    private static volatile boolean skipAnnounced;

    private Browser() {
    }

    /** True when both the browser and its driver are installed. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * A new headless Chromium (1280×900, fresh profile); skips the calling test when none is installed. Call it
     * from a {@code @BeforeEach} (or the test) rather than {@code @BeforeAll}, so that each skipped test is
     * counted and shows the reason.
     */
    public static WebDriver headlessChrome() {
        if (!available()) {
            if (!skipAnnounced) {
                skipAnnounced = true;
                System.err.println("[browser tests] " + SKIP_MESSAGE);
            }
            assumeTrue(false, SKIP_MESSAGE);
        }
        // Selenium's usage statistics and Selenium Manager both stay off: the paths are given below.
        System.setProperty("SE_AVOID_STATS", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags that make Chromium work on a closed network as root (see the machine notes):
        // no sandbox (root), no GPU, and no background calls home that would be refused.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1280, 900));
        return driver;
    }

    /** Saves a PNG of what the browser shows to {@code target/screenshots/<name>.png} and returns its path. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
