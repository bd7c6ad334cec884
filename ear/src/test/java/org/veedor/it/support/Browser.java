package org.veedor.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its driver, with the flags this closed network needs, a fresh
 * profile, English unless asked otherwise; a screenshot when the test is done.
 */
public final class Browser
    implements AutoCloseable,
        org.junit.jupiter.api.extension.BeforeEachCallback,
        org.junit.jupiter.api.extension.AfterEachCallback {

  public WebDriver driver;
  public WebDriverWait wait;

  /** For {@code @RegisterExtension}: a fresh browser for each test, its screenshot after it. */
  public static Browser perTest() {
    return new Browser(false);
  }

  private Browser(boolean start) {
    if (start) {
      start();
    }
  }

  public Browser() {
    this(true);
  }

  @Override
  public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {
    start();
  }

  @Override
  public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
    try {
      screenshot(context.getDisplayName());
    } finally {
      close();
    }
  }

  private void start() {
    Path profile;
    try {
      profile = Files.createTempDirectory("veedor-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=en-US",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
  }

  /** Saves what the browser shows under the screenshots folder, named after the test. */
  public void screenshot(String name) {
    String folder = System.getProperty("veedor.it.screenshots");
    if (folder == null) {
      return;
    }
    try {
      Path shot = Path.of(folder, name.replaceAll("\\W+", "_") + ".png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
