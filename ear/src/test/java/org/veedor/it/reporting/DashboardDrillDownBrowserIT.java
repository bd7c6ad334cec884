package org.veedor.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.veedor.it.search.CaseSearchIT;
import org.veedor.it.support.Api;
import org.veedor.it.support.Browser;
import org.veedor.it.support.Deployments;

/**
 * In a real browser, a figure on a dashboard opens the search that finds exactly the records it
 * counts (issue 15): the complaints of a year, the sustained allegations, the closed complaints,
 * each with the filters on screen (a territory and a range of days). The auditor reads every case
 * the reports count (sealed and open ones), so the search lists all that the figure counts; the
 * page says so when a reader may list fewer. The exports under a filtered table carry its filters
 * and say what they contain.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardDrillDownBrowserIT {

  private static final String TERRITORY = "CAP";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @RegisterExtension Browser browser = Browser.perTest();

  @BeforeAll
  static void indexBuilt() throws InterruptedException {
    CaseSearchIT.indexBuilt();
  }

  private WebElement visible(By by) {
    return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static long number(String text) {
    return Long.parseLong(text.replaceAll("^\\D*(\\d[\\d,.]*).*$", "$1").replaceAll("[,.]", ""));
  }

  private void signIn(String path) {
    browser.driver.manage().deleteAllCookies();
    browser.driver.get(Api.BASE + path);
    visible(By.id("j_username")).sendKeys("auditor");
    browser.driver.findElement(By.id("j_password")).sendKeys(Api.DEMO_PASSWORD);
    browser.driver.findElement(By.id("login-submit")).click();
    visible(By.id("page-title"));
  }

  /** The figure links of one column of an indicator's table, the largest figure first. */
  private List<WebElement> figures(String indicator, String column) {
    visible(By.cssSelector("section[data-indicator='" + indicator + "']"));
    return browser
        .driver
        .findElements(
            By.cssSelector(
                "section[data-indicator='" + indicator + "'] a[data-column='" + column + "']"))
        .stream()
        .sorted(Comparator.comparingLong((WebElement a) -> number(a.getText())).reversed())
        .toList();
  }

  /** The year with the most complaints in the territory, as the volume table shows it. */
  private int busiestYear() {
    signIn("reports/dashboard.xhtml?board=leadership&period=year&territory=" + TERRITORY);
    List<WebElement> volume = figures("volume", "complaints");
    assertThat(volume).as("the volume table links its figures to the search").isNotEmpty();
    return Integer.parseInt(volume.get(0).getAttribute("data-period"));
  }

  /** The dashboard filtered by the territory and a range that cuts into the year. */
  private String filtered(String board, int year) {
    return "reports/dashboard.xhtml?board="
        + board
        + "&period=year&territory="
        + TERRITORY
        + "&from="
        + LocalDate.of(year, 4, 1)
        + "&to="
        + LocalDate.of(year + 1, 6, 30);
  }

  /** Clicks the largest figure of a column and answers it with the search it opens. */
  private long[] clickLargest(String indicator, String column, int year) {
    WebElement figure =
        figures(indicator, column).stream()
            .filter(a -> a.getAttribute("data-period").equals(Integer.toString(year)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + column + " figure for " + year));
    long counted = number(figure.getText());
    String query = URLDecoder.decode(figure.getAttribute("href"), StandardCharsets.UTF_8);
    assertThat(query)
        .as("the figure's search carries every filter on screen")
        .contains("received:" + year + "-04-01.." + year + "-12-31")
        .contains("territory:\"" + TERRITORY + "\"");
    figure.click();
    long found = number(visible(By.id("total")).getText());
    assertThat(browser.driver.findElements(By.id("not-listed")))
        .as("the auditor lists every complaint the figure counts")
        .isEmpty();
    return new long[] {counted, found};
  }

  @Test
  void shouldOpenASearchWhoseCountEqualsTheClickedFigureWhenTheDashboardIsFiltered() {
    int year = busiestYear();

    // volume: complaints received
    browser.driver.get(Api.BASE + filtered("leadership", year));
    long[] volume = clickLargest("volume", "complaints", year);
    assertThat(volume[0]).isPositive();
    assertThat(volume[1]).as("complaints received in " + year).isEqualTo(volume[0]);

    // substantiation: sustained allegations, held by the complaints found
    browser.driver.get(Api.BASE + filtered("oversight", year));
    long[] sustained = clickLargest("substantiation", "sustained", year);
    long allegations =
        number(
            visible(By.cssSelector("#allegations [data-finding='SUSTAINED'] .veedor-count"))
                .getText());
    assertThat(allegations).as("sustained allegations in " + year).isEqualTo(sustained[0]);
    assertThat(browser.driver.getCurrentUrl()).contains("SUSTAINED");

    // time to disposition: complaints closed
    browser.driver.get(Api.BASE + filtered("oversight", year));
    long[] closed = clickLargest("disposition-time", "closed", year);
    assertThat(closed[1]).as("complaints closed of " + year).isEqualTo(closed[0]);
  }

  @Test
  void shouldCarryTheFiltersOnScreenIntoTheExportsOfATable() throws Exception {
    int year = busiestYear();
    browser.driver.get(Api.BASE + filtered("oversight", year) + "&group=CORRUPTION");
    visible(By.id("zone"));
    assertThat(browser.driver.findElement(By.id("zone")).getAttribute("data-zone")).isNotBlank();
    WebElement csv =
        visible(By.cssSelector("section[data-indicator='substantiation'] a.veedor-export-csv"));
    String href = csv.getAttribute("href");
    assertThat(href)
        .contains("period=year")
        .contains("from=" + year + "-04-01")
        .contains("to=" + (year + 1) + "-06-30")
        .contains("territory=" + TERRITORY)
        .contains("group=CORRUPTION")
        .contains("format=csv");
    String json =
        visible(By.cssSelector("section[data-indicator='substantiation'] a.veedor-export-json"))
            .getAttribute("href");
    assertThat(json).contains("territory=" + TERRITORY).contains("group=CORRUPTION");

    HttpResponse<String> export = fetch(href);
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.body()).startsWith("period,sustained,disposed,rate");
    assertThat(export.headers().firstValue("Veedor-Filters").orElseThrow())
        .isEqualTo(
            "period=year&from="
                + year
                + "-04-01&to="
                + (year + 1)
                + "-06-30&territory="
                + TERRITORY
                + "&group=CORRUPTION");
    assertThat(export.headers().firstValue("Veedor-Zone")).isPresent();
    assertThat(export.headers().firstValue("Veedor-As-Of")).isPresent();
    assertThat(export.headers().firstValue("Veedor-Suppression")).isPresent();
    assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("territory-" + TERRITORY)
        .contains("group-CORRUPTION");

    HttpResponse<String> described = fetch(json);
    assertThat(described.body())
        .contains("\"filters\"")
        .contains("\"territory\":\"" + TERRITORY + "\"")
        .contains("\"zone\"")
        .contains("\"asOf\"")
        .contains("\"suppression\"");
  }

  private static HttpResponse<String> fetch(String href) throws Exception {
    String token =
        Base64.getEncoder()
            .encodeToString(("auditor:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(Api.BASE).resolve(href))
                .header("Authorization", "Basic " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
