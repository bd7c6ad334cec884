package org.veedor.it.history;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.veedor.it.support.Api;
import org.veedor.it.support.Browser;
import org.veedor.it.support.Deployments;

/**
 * In a real browser: the administrator's import page takes the export's files through its labelled
 * file field; files that do not fit the mapping are refused with a message naming what is wrong,
 * and nothing starts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportPageBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @RegisterExtension Browser browser = Browser.perTest();

  @Test
  void shouldReadTheChosenFilesAndSayWhyTheyDoNotFitTheMapping() throws Exception {
    Path folder = Files.createTempDirectory("export-");
    Path complaints = folder.resolve("complaints.csv");
    Files.writeString(complaints, "cr_id,nothing_else\n1,x\n");

    browser.driver.get(Api.BASE + "admin/imports.xhtml");
    browser
        .wait
        .until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")))
        .sendKeys("admin");
    browser.driver.findElement(By.id("j_password")).sendKeys(Api.DEMO_PASSWORD);
    browser.driver.findElement(By.id("login-submit")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:files")));
    assertThat(browser.driver.findElement(By.cssSelector("label[for='import:files']")).getText())
        .isEqualTo("Files to import");

    browser.driver.findElement(By.id("import:start")).click();
    assertThat(
            browser
                .wait
                .until(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".ui-messages-error")))
                .getText())
        .contains("Choose the export's files first.");

    browser.driver.findElement(By.id("import:files")).sendKeys(complaints.toString());
    browser.driver.findElement(By.id("import:start")).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".ui-messages-error"), "The files do not fit the mapping"));
    assertThat(browser.driver.findElement(By.cssSelector(".ui-messages-error")).getText())
        .as("the file arrived: the refusal names what the export lacks")
        .containsPattern("lacks");
  }
}
