package org.partnercities.kg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; .ci/run installs
 * them, nothing is downloaded) against the running application. After each test it fails if the
 * page requested anything outside this server or logged a JavaScript error.
 */
public abstract class BrowserTestSupport extends HttpTestSupport {

    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    protected WebDriver browser;
    private final List<String> requests = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void startBrowser() throws IOException {
        assertThat(new File(CHROMIUM)).as("Debian chromium (apt-get install chromium)").exists();
        assertThat(new File(CHROMEDRIVER)).as("Debian chromedriver (apt-get install chromium-driver)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--window-size=1280,800",
                "--user-data-dir=" + Files.createTempDirectory("kg-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // Russian first, as for our analysts; the pages follow Accept-Language.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ru-RU,ru,en"));
        options.addArguments("--lang=ru-RU");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() {
        try {
            collectLogs();
            String origin = "http://localhost:" + port + "/";
            assertThat(requests).as("requests outside " + origin)
                    .allMatch(url -> url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")
                            || url.startsWith("about:") || url.startsWith("chrome://") || url.startsWith("chrome-untrusted://"));
            assertThat(errors).as("JavaScript errors").isEmpty();
        } finally {
            browser.quit();
        }
    }

    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    protected WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    /** Saves a screenshot as target/screenshots/NAME.png and returns its path. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every URL the page has requested so far. */
    protected List<String> requests() {
        collectLogs();
        return List.copyOf(requests);
    }

    private void collectLogs() {
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asString().equals("Network.requestWillBeSent"))
                requests.add(message.path("params").path("request").path("url").asString());
        }
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER))
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue())
                errors.add(entry.getMessage());
    }
}
