package org.veedor.it.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.veedor.it.support.Api;
import org.veedor.it.support.Browser;
import org.veedor.it.support.Deployments;

/** In a real browser: the complaint list, its filters, a complaint, and the language switch. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintListBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @RegisterExtension Browser session = Browser.perTest();
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void useBrowser() {
    browser = session.driver;
    wait = session.wait;
  }

  private void signIn(String username) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username"))).sendKeys(username);
    browser.findElement(By.id("j_password")).sendKeys(Api.DEMO_PASSWORD);
    browser.findElement(By.id("login-submit")).click();
  }

  private List<String> column(String cssClass) {
    return browser.findElements(By.cssSelector("#filters\\:complaints_data ." + cssClass)).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void choose(String menuId, String label) {
    Browser.choose(browser, wait, "filters:" + menuId, label);
  }

  @Test
  void shouldFilterOpenAComplaintAndSwitchToSpanishWhenBrowsingTheList() {
    browser.get(Api.BASE);
    signIn("intake");

    wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Complaints"));
    assertThat(column("complaint-reference")).hasSize(20);

    choose("category", "Bribery");
    choose("territory", "Provincia del Norte");
    String firstBefore = column("complaint-reference").get(0);
    browser.findElement(By.id("filters:search")).click();
    wait.until(
        d ->
            !column("complaint-reference").isEmpty()
                && !column("complaint-reference").get(0).equals(firstBefore));

    List<String> references = column("complaint-reference");
    assertThat(references).isNotEmpty();
    List<WebElement> rows = browser.findElements(By.cssSelector("#filters\\:complaints_data > tr"));
    assertThat(rows)
        .allSatisfy(
            row -> assertThat(row.getText()).contains("Bribery").contains("Provincia del Norte"));

    String reference = references.get(0);
    browser.findElement(By.linkText(reference)).click();
    wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Complaint " + reference));
    assertThat(browser.findElement(By.id("allegations")).getText()).contains("Bribery");

    browser.findElement(By.cssSelector("a[data-language='es']")).click();
    wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Denuncia " + reference));
    assertThat(browser.findElement(By.id("allegations")).getText()).contains("Soborno");

    browser.findElement(By.id("back")).click();
    wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Denuncias"));
    assertThat(browser.findElement(By.id("filters:complaints")).getText())
        .contains("Radicado")
        .contains("Estado");
  }

  @Test
  void shouldLetTheAuditorFilterTheTrailAndVerifyTheChain() {
    Api.as("intake").get("complaints?size=1");
    browser.get(Api.BASE + "audit/audit-trail.xhtml");
    signIn("auditor");
    wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Audit trail"));

    browser.findElement(By.id("trail:user")).sendKeys("intake");
    browser.findElement(By.id("trail:search")).click();
    wait.until(
        d ->
            !d.findElements(By.cssSelector("#trail\\:events_data .audit-user")).isEmpty()
                && d.findElements(By.cssSelector("#trail\\:events_data .audit-user")).stream()
                    .allMatch(e -> e.getText().equals("intake")));
    browser.findElement(By.id("trail:verify")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trail:verification-result")));
    assertThat(browser.findElement(By.id("trail:verification-result")).getText())
        .startsWith("The chain is intact");
  }

  @Test
  void shouldAskForTheLoginAgainWhenThePasswordIsWrong() {
    browser.get(Api.BASE);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username"))).sendKeys("intake");
    browser.findElement(By.id("j_password")).sendKeys("not-the-password");
    browser.findElement(By.id("login-submit")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-failed")));
    assertThat(browser.findElement(By.id("login-failed")).getText())
        .startsWith("The user name or the password is not right.");
    assertThat(browser.findElements(By.id("filters:complaints"))).isEmpty();
  }

  @Test
  void shouldShowATranslatedNotFoundPageForAnUnknownReference() {
    browser.get(Api.BASE + "intake/complaint-detail.xhtml?reference=VE-1999-000001");
    signIn("investigator");

    // after signing in the browser is still moving to the page: wait for it, not for an element
    // of the page it leaves
    assertThat(
            wait.until(
                ExpectedConditions.textToBe(
                    By.id("page-title"), "There is no complaint with this reference.")))
        .isTrue();
  }
}
