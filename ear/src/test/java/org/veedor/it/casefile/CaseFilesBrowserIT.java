package org.veedor.it.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
 * In a real browser: a supervisor adds a document to a case from its page, sees its text extracted,
 * and writes a note.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseFilesBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @RegisterExtension Browser browser = Browser.perTest();

  private WebElement visible(By by) {
    return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  @Test
  void shouldAddADocumentAndANoteFromTheCasePage() throws Exception {
    String reference =
        CaseSearchIT.register(
            "Denuncia con un acta escaneada " + CaseSearchIT.nonce() + ".", "E-CAP-1-A", "BRIBERY");
    Path document = Files.createTempFile("acta-", ".txt");
    Files.writeString(document, "Acta de decomiso firmada por el agente de turno.\n".repeat(5));

    browser.driver.manage().deleteAllCookies();
    browser.driver.get(Api.BASE + "intake/complaint-detail.xhtml?reference=" + reference);
    visible(By.id("j_username")).sendKeys("supervisor2");
    browser.driver.findElement(By.id("j_password")).sendKeys(Api.DEMO_PASSWORD);
    browser.driver.findElement(By.id("login-submit")).click();

    visible(By.id("evidence"));
    browser
        .driver
        .findElement(By.cssSelector("#evidence-form input[type='file']"))
        .sendKeys(document.toString());
    browser.driver.findElement(By.id("evidence-form:add-file")).click();
    assertThat(visible(By.cssSelector(".ui-messages-info")).getText()).contains("was added");
    assertThat(Api.as("supervisor2").get("complaints/" + reference + "/files").jsonArray())
        .as("kept in the case file")
        .hasSize(1);
    browser.driver.get(Api.BASE + "intake/complaint-detail.xhtml?reference=" + reference);
    assertThat(visible(By.cssSelector("a.file-name")).getText()).startsWith("acta-");

    // the text is extracted after the upload commits: the page shows it on a later visit
    long deadline = System.nanoTime() + 30_000_000_000L;
    String state;
    do {
      Thread.sleep(300);
      browser.driver.get(Api.BASE + "intake/complaint-detail.xhtml?reference=" + reference);
      state = visible(By.cssSelector(".extraction-state")).getAttribute("data-state");
    } while (state.equals("PENDING") && System.nanoTime() < deadline);
    assertThat(state).isEqualTo("DONE");

    visible(By.id("note-form:note")).sendKeys("El agente de turno niega haber firmado el acta.");
    browser.driver.findElement(By.id("note-form:add-note")).click();
    assertThat(visible(By.cssSelector(".veedor-note-body")).getText())
        .contains("niega haber firmado");
  }
}
