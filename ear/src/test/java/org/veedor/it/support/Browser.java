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
import org.openqa.selenium.support.ui.ExpectedConditions;
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
    // the console, for tests that fail on its errors
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
  }

  /** Saves what the browser shows under the screenshots folder, named after the test. */
  /**
   * Chooses an item of a PrimeFaces select-one menu by its label. The list opens and closes with an
   * animation, and a click during it can be lost: this waits for the list, clicks, and chooses
   * again until the menu shows the choice, then waits for the list to be gone.
   *
   * @param menuId the menu's client id ({@code filters:category})
   */
  public static void choose(
      org.openqa.selenium.WebDriver driver, WebDriverWait wait, String menuId, String label) {
    org.openqa.selenium.By menu = org.openqa.selenium.By.cssSelector("[id='" + menuId + "']");
    org.openqa.selenium.By panel =
        org.openqa.selenium.By.cssSelector("[id='" + menuId + "_panel']");
    org.openqa.selenium.By shown =
        org.openqa.selenium.By.cssSelector("[id='" + menuId + "_label']");
    org.openqa.selenium.By item =
        org.openqa.selenium.By.cssSelector(
            "[id='" + menuId + "_items'] li[data-label='" + label + "']");
    for (int attempt = 0;
        attempt < 4 && !driver.findElement(shown).getText().equals(label);
        attempt++) {
      if (!driver.findElement(panel).isDisplayed()) {
        wait.until(ExpectedConditions.elementToBeClickable(menu)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(panel));
      }
      wait.until(ExpectedConditions.elementToBeClickable(item)).click();
      try {
        new WebDriverWait(driver, java.time.Duration.ofSeconds(3))
            .until(ExpectedConditions.textToBePresentInElementLocated(shown, label));
      } catch (org.openqa.selenium.TimeoutException e) {
        // the click was lost in the animation: choose again
      }
    }
    if (!driver.findElement(shown).getText().equals(label)) {
      throw new AssertionError("the menu " + menuId + " does not take \"" + label + "\"");
    }
    wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
  }

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
