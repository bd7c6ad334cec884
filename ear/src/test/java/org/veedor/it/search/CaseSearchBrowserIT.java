package org.veedor.it.search;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.veedor.it.support.Api;
import org.veedor.it.support.Browser;
import org.veedor.it.support.Deployments;

/**
 * In a real browser: the auditor searches the demonstration world for a Spanish word, sees the
 * matched words marked and the facets' counts, narrows by a facet, and opens a complaint whose page
 * lists similar complaints.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseSearchBrowserIT {

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

  private long total() {
    String text = visible(By.id("total")).getText();
    return Long.parseLong(text.replaceAll("^\\D*(\\d[\\d,.]*).*$", "$1").replaceAll("[,.]", ""));
  }

  @Test
  void shouldFindDemoComplaintsByASpanishWordWithFacetsHighlightsAndSimilarComplaints() {
    browser.driver.manage().deleteAllCookies();
    browser.driver.get(Api.BASE + "search/case-search.xhtml?q=%22sobornos%22");
    visible(By.id("j_username")).sendKeys("auditor");
    browser.driver.findElement(By.id("j_password")).sendKeys(Api.DEMO_PASSWORD);
    browser.driver.findElement(By.id("login-submit")).click();

    List<WebElement> marks =
        browser.wait.until(
            ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector(".veedor-snippet mark")));
    assertThat(marks).isNotEmpty();
    assertThat(marks.get(0).getText().toLowerCase()).startsWith("soborno");
    long all = total();
    assertThat(all).isPositive();

    WebElement closed =
        visible(By.cssSelector("[data-facet='status'] .veedor-facet-value[data-value='CLOSED']"));
    String count =
        closed.findElement(By.xpath("following-sibling::span[@class='veedor-count']")).getText();
    closed.click();
    browser.wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".veedor-chosen")));
    assertThat(total()).isEqualTo(Long.parseLong(count)).isLessThan(all);

    String reference = visible(By.cssSelector(".veedor-hit .hit-reference")).getText();
    visible(By.cssSelector(".veedor-hit .hit-reference")).click();
    visible(By.id("similar"));
    List<WebElement> similar = browser.driver.findElements(By.cssSelector("#similar .veedor-hit"));
    assertThat(similar).as("similar complaints of " + reference).isNotEmpty();
    assertThat(similar).extracting(e -> e.getAttribute("data-reference")).doesNotContain(reference);
  }
}
