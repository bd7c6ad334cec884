package org.veedor.it.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.veedor.it.support.Api;
import org.veedor.it.support.Browser;
import org.veedor.it.support.Deployments;

/**
 * In a real browser, in Spanish: intake registers a complaint taken by phone and hands the caller a
 * receipt in their language (reference and passphrase), ready to print; the receipt opens the
 * follow page like one from the public form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @RegisterExtension Browser browser = Browser.perTest();

  private WebElement visible(By by) {
    return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  @Test
  void shouldRegisterAPhoneComplaintAndPrintTheReceiptInSpanish() {
    browser.driver.get(Api.BASE + "intake/register.xhtml");
    visible(By.id("j_username")).sendKeys("intake");
    browser.driver.findElement(By.id("j_password")).sendKeys(Api.DEMO_PASSWORD);
    browser.driver.findElement(By.id("login-submit")).click();
    visible(By.cssSelector("a[data-language='es']")).click();
    browser.wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Registrar una denuncia"));

    assertThat(browser.driver.findElement(By.id("register:channel_label")).getText())
        .isEqualTo("Teléfono");
    browser.driver.findElement(By.id("register:name")).sendKeys("Marta Lucía Henao");
    browser.driver.findElement(By.id("register:phone")).sendKeys("+57 310 555 0101");
    WebElement date = browser.driver.findElement(By.id("register:incidentDate_input"));
    date.sendKeys("2026-11-14");
    date.sendKeys(Keys.ESCAPE);
    browser.driver.findElement(By.id("register:place")).sendKeys("Retén de la vía al mar");
    Browser.choose(browser.driver, browser.wait, "register:territory", "Distrito Capital");
    browser
        .driver
        .findElement(By.id("register:narrative"))
        .sendKeys("En el retén le pidieron dinero a mi hijo para no llevarse la moto.");
    browser
        .driver
        .findElement(By.id("register:officer"))
        .sendKeys("agente bajo, chaleco con el número 56");
    Browser.choose(browser.driver, browser.wait, "register:rows:0:category", "Extorsión");
    browser.driver.findElement(By.id("register:rows:0:unit")).sendKeys("E-CAP-1-A");
    browser.driver.findElement(By.id("register:submit")).click();

    String reference = visible(By.id("receipt-reference")).getText();
    String passphrase = browser.driver.findElement(By.id("receipt-passphrase")).getText();
    assertThat(reference).matches("VE-\\d{4}-\\d{6}");
    assertThat(passphrase).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
    assertThat(browser.driver.findElement(By.id("receipt")).getText())
        .contains("Su comprobante", "Referencia", "Clave", "Sígala en");
    assertThat(browser.driver.findElement(By.id("receipt-follow")).getText())
        .endsWith("/public/follow.xhtml");
    assertThat(browser.driver.findElement(By.id("print-receipt")).getText())
        .isEqualTo("Imprimir el comprobante");
    browser.screenshot("the receipt of a phone complaint (es)");

    JsonObject registered = Api.as("intake").get("complaints/" + reference).json();
    assertThat(registered.getString("channel")).isEqualTo("PHONE");
    assertThat(registered.getString("complainantName")).isEqualTo("Marta Lucía Henao");
    assertThat(registered.getString("officerDescription"))
        .isEqualTo("agente bajo, chaleco con el número 56");
    assertThat(registered.getJsonArray("allegations").getJsonObject(0).getString("categoryCode"))
        .isEqualTo("EXTORTION");
    Api.Reply followed =
        Api.anonymous()
            .postJson(
                "public/follow",
                "{\"reference\": \"%s\", \"passphrase\": \"%s\"}".formatted(reference, passphrase));
    assertThat(followed.status()).isEqualTo(200);
    assertThat(followed.json().getString("status")).isEqualTo("TRIAGE");
  }
}
