package app.kneetriage.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver: no Selenium Manager, no
 * downloads, a fresh profile for every browser, so each one is a new visitor without
 * cookies.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;

    private final Path profile;

    public Browser() {
        this(true);
    }

    /**
     * @param pageScripts false to block the pages' own JavaScript, as for a runner who
     * has it turned off; the test can still run its own
     */
    public Browser(boolean pageScripts) {
        List<String> missing = ChromiumAvailable.missing();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(ChromiumAvailable.explain(missing));
        }
        try {
            profile = Files.createTempDirectory("knee-triage-chromium");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumAvailable.chromium().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en");
        if (!pageScripts) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(ChromiumAvailable.chromedriver().toFile())
            .usingAnyFreePort()
            .build();
        driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Saves the whole page, not only the part in view, under target/screenshots/: the
     * window is made as tall as the page for the picture, then put back.
     */
    public Path fullPageScreenshot(String name) {
        Dimension size = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollHeight;");
        resize(size.getWidth(), height.intValue() + (size.getHeight() - innerHeight()));
        try {
            return screenshot(name);
        }
        finally {
            resize(size.getWidth(), size.getHeight());
        }
    }

    private int innerHeight() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;")).intValue();
    }

    /** Saves what the browser shows now under target/screenshots/. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
        catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }

}
