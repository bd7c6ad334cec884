package org.veedor.it.intake.publicintake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import org.veedor.it.support.Api;
import org.veedor.it.support.Browser;
import org.veedor.it.support.Deployments;

/**
 * In a real browser, without an account: a member of the public files an anonymous complaint,
 * copies the receipt, and follows the complaint with it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicIntakeBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @RegisterExtension Browser browser = Browser.perTest();

  private WebElement visible(By by) {
    return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  @Test
  void shouldFileAnAnonymousComplaintAndFollowItWithTheReceipt() throws InterruptedException {
    browser.driver.get(Api.BASE + "public/file.xhtml");
    assertThat(visible(By.id("page-title")).getText()).isEqualTo("File a complaint");
    assertThat(browser.driver.findElements(By.id("filing:website")).get(0).isDisplayed())
        .as("the honeypot is out of sight")
        .isFalse();

    visible(By.cssSelector("#filing\\:category"));
    Browser.choose(browser.driver, browser.wait, "filing:category", "Discourtesy");
    browser.driver.findElement(By.id("filing:place")).sendKeys("Parada de buses, Avenida 3");
    browser.driver.findElement(By.id("filing:officer")).sendKeys("tall, grey moustache");
    browser
        .driver
        .findElement(By.id("filing:narrative"))
        .sendKeys("The officer insulted me while checking my papers at the bus stop.");
    // a person takes longer than the form's least fill time
    Thread.sleep(3200);
    browser.driver.findElement(By.id("filing:submit")).click();

    String reference = visible(By.id("receipt-reference")).getText();
    String passphrase = browser.driver.findElement(By.id("receipt-passphrase")).getText();
    assertThat(reference).matches("VE-\\d{4}-\\d{6}");
    assertThat(passphrase).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
    browser.screenshot("public receipt");

    browser.driver.findElement(By.id("to-follow")).click();
    visible(By.id("follow:reference")).sendKeys(reference);
    browser.driver.findElement(By.id("follow:passphrase")).sendKeys("wrong-pass-word-xxxx");
    browser.driver.findElement(By.id("follow:open")).click();
    assertThat(visible(By.cssSelector(".ui-messages-error")).getText())
        .contains("No complaint matches");

    browser.driver.findElement(By.id("follow:passphrase")).clear();
    browser.driver.findElement(By.id("follow:passphrase")).sendKeys(passphrase);
    browser.driver.findElement(By.id("follow:open")).click();

    // the officer is only described: the filing waits for intake to complete it
    assertThat(visible(By.id("case-status")).getText()).isEqualTo("Received");
    List<String> milestones =
        browser.driver.findElements(By.cssSelector("#milestones li")).stream()
            .map(li -> li.getAttribute("data-milestone"))
            .toList();
    assertThat(milestones).containsExactly("RECEIVED");
  }
}
