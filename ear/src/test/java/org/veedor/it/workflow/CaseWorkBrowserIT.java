package org.veedor.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.veedor.it.support.Api;
import org.veedor.it.support.Browser;
import org.veedor.it.support.Casework;
import org.veedor.it.support.Deployments;

/**
 * In a real browser: the investigator finds the case in the task inbox and proposes the findings
 * with the task's form; the supervisor approves them. (Triage and assignment go through the API
 * here; the walkthrough covers them.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseWorkBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @RegisterExtension Browser browser = Browser.perTest();

  private WebElement visible(By by) {
    return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static String taskId(String user, String reference, String taskKey) {
    for (JsonValue item :
        Api.as(user)
            .get("tasks?size=200&task=" + taskKey + "&reference=" + reference)
            .json()
            .getJsonArray("items")) {
      JsonObject task = item.asJsonObject();
      if (task.getString("reference").equals(reference)
          && task.getString("taskKey").equals(taskKey)) {
        return task.getString("id");
      }
    }
    throw new AssertionError(user + " has no " + taskKey + " on " + reference);
  }

  /** A complaint under investigation by {@code investigator}, reviewed by {@code supervisor}. */
  private static String underInvestigation() {
    Api.Reply registered =
        Api.as("intake")
            .postJson(
                "complaints",
                """
                {"channel": "PHONE", "incidentDate": "2026-11-05", "territoryCode": "CAP",
                 "narrative": "The patrol did not come although I called three times.",
                 "complainant": {"anonymous": true},
                 "allegations": [{"categoryCode": "NEGLECT_OF_DUTY", "unitCode": "E-CAP-1-A"}]}
                """);
    String reference = registered.json().getString("referenceNumber");
    Api.as("supervisor")
        .postJson(
            "tasks/" + taskId("supervisor", reference, "ConfirmTriageTask") + "/complete",
            "{\"track\": \"UNIT_LEVEL\", \"priority\": \"LOW\", \"deadlineDays\": 60}");
    Api.as("supervisor")
        .postJson(
            "tasks/" + taskId("supervisor", reference, "AssignInvestigatorTask") + "/complete",
            "{\"investigator\": \"investigator\"}");
    return reference;
  }

  private void signInAt(String path, String user) {
    browser.driver.manage().deleteAllCookies();
    browser.driver.get(Api.BASE + path);
    visible(By.id("j_username")).sendKeys(user);
    browser.driver.findElement(By.id("j_password")).sendKeys(Api.DEMO_PASSWORD);
    browser.driver.findElement(By.id("login-submit")).click();
  }

  /**
   * Opens, from the inbox, the task of this name on this case: waits for the inbox (not the sign-in
   * page being left) to list it.
   */
  private void openTask(String reference, String taskName) {
    WebElement task;
    try {
      task =
          browser.wait.until(
              driver -> {
                try {
                  return taskIn(driver, reference, taskName);
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                  return null; // the page changed under us: look again
                }
              });
    } catch (TimeoutException e) {
      throw new AssertionError("no task \"" + taskName + "\" on " + reference + " in the inbox", e);
    }
    task.click();
  }

  private static WebElement taskIn(
      org.openqa.selenium.WebDriver driver, String reference, String taskName) {
    for (WebElement row : driver.findElements(By.cssSelector("#inbox\\:tasks_data tr"))) {
      List<WebElement> refs = row.findElements(By.cssSelector(".task-reference"));
      List<WebElement> names = row.findElements(By.cssSelector(".task-name"));
      if (!refs.isEmpty()
          && !names.isEmpty()
          && refs.get(0).getText().equals(reference)
          && names.get(0).getText().equals(taskName)) {
        return names.get(0);
      }
    }
    return null;
  }

  /** Signs in at a task's form and switches the page to Spanish. */
  private void openInSpanish(String taskId, String user, String spanishTitle) {
    signInAt("tasks/task-form.xhtml?task=" + taskId, user);
    visible(By.cssSelector("a[data-language='es']")).click();
    browser.wait.until(ExpectedConditions.textToBe(By.id("page-title"), spanishTitle));
  }

  @Test
  void shouldShowTheInvestigatorWhyTheSupervisorReturnedTheFindingsInSpanish() {
    String reference = underInvestigation();
    long allegation = Casework.firstAllegation(reference);
    Api.Reply proposed =
        Api.as("investigator")
            .postJson(
                "tasks/" + taskId("investigator", reference, "InvestigateTask") + "/complete",
                "{\"findings\": {\"%d\": \"NOT_SUSTAINED\"}}".formatted(allegation));
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(204);

    openInSpanish(
        taskId("supervisor", reference, "ReviewFindingsTask"),
        "supervisor",
        "Revisar las conclusiones propuestas");
    visible(By.cssSelector("label[for='work:approved:1']")).click();
    String why = "Falta el registro de llamadas de la central: pídalo y adjúntelo.";
    browser.driver.findElement(By.id("work:comments")).sendKeys(why);
    browser.driver.findElement(By.id("work:complete")).click();
    assertThat(visible(By.cssSelector(".ui-messages-info")).getText()).contains("está hecha");

    openInSpanish(
        taskId("investigator", reference, "InvestigateTask"),
        "investigator",
        "Investigar y proponer conclusiones");
    WebElement returned =
        visible(By.cssSelector("#written .veedor-written-entry[data-step='ReviewFindingsTask']"));
    assertThat(visible(By.cssSelector("#written h2")).getText())
        .isEqualTo("Lo escrito en este caso hasta ahora");
    assertThat(returned.getText())
        .contains("Revisar las conclusiones propuestas · Comentarios · supervisor")
        .contains(why);
    browser.screenshot("the investigator reads why the findings came back (es)");
  }

  @Test
  void shouldAddAnAllegationOnTheCasePageAndSendTheCaseBackToTriageInSpanish() {
    String reference = underInvestigation();
    signInAt("intake/complaint-detail.xhtml?reference=" + reference, "supervisor");
    visible(By.cssSelector("a[data-language='es']")).click();
    browser.wait.until(ExpectedConditions.textToBe(By.id("complaint-status"), "En investigación"));
    Browser.choose(
        browser.driver,
        browser.wait,
        "add-allegation-form:add-category",
        "Uso excesivo de la fuerza");
    browser.driver.findElement(By.id("add-allegation-form:add-unit")).sendKeys("E-CAP-1-A");
    browser.driver.findElement(By.id("add-allegation-form:add-allegation")).click();
    assertThat(visible(By.cssSelector(".ui-messages-error")).getText())
        .as("a change without a reason is refused, in Spanish")
        .contains("Motivo");

    browser
        .driver
        .findElement(By.id("add-allegation-form:add-reason"))
        .sendKeys("La vecina vio que lo empujaron contra la patrulla.");
    browser.driver.findElement(By.id("add-allegation-form:add-allegation")).click();
    assertThat(visible(By.cssSelector(".ui-messages-info")).getText())
        .contains("Registrado: Imputación agregada")
        .contains("volvió a la clasificación");
    assertThat(visible(By.id("complaint-status")).getText()).isEqualTo("Clasificación");
    browser.screenshot("an allegation added, the case back at triage (es)");
    assertThat(taskId("supervisor", reference, "ConfirmTriageTask")).isNotBlank();
  }

  @Test
  void shouldLetTheBoardAskForAReviewOfAClosedCaseInSpanish() {
    String reference = underInvestigation();
    long allegation = Casework.firstAllegation(reference);
    Api.as("investigator")
        .postJson(
            "tasks/" + taskId("investigator", reference, "InvestigateTask") + "/complete",
            "{\"findings\": {\"%d\": \"NOT_SUSTAINED\"}}".formatted(allegation));
    Api.as("supervisor")
        .postJson(
            "tasks/" + taskId("supervisor", reference, "ReviewFindingsTask") + "/complete",
            "{\"approved\": true}");
    assertThat(Api.as("board").get("complaints/" + reference).json().getString("status"))
        .isEqualTo("CLOSED");

    signInAt("intake/complaint-detail.xhtml?reference=" + reference, "board");
    visible(By.cssSelector("a[data-language='es']")).click();
    browser.wait.until(ExpectedConditions.textToBe(By.id("complaint-status"), "Cerrada"));
    Browser.choose(
        browser.driver, browser.wait, "event-form:event", "Revisión del consejo solicitada");
    browser
        .driver
        .findElement(By.id("event-form:event-reason"))
        .sendKeys("El denunciante aporta dos testigos que nadie entrevistó.");
    browser.driver.findElement(By.id("event-form:record-event")).click();

    assertThat(visible(By.cssSelector(".ui-messages-info")).getText())
        .contains("Registrado: Revisión del consejo solicitada");
    browser.screenshot("the board asks for a review (es)");
    assertThat(taskId("board", reference, "BoardReviewTask")).isNotBlank();
  }

  @Test
  void shouldLetTheInvestigatorProposeFindingsAndTheSupervisorApproveThem() {
    String reference = underInvestigation();

    signInAt("tasks/task-inbox.xhtml?reference=" + reference, "investigator");
    openTask(reference, "Investigate and propose findings");
    WebElement menu = visible(By.cssSelector(".finding"));
    String id = menu.getAttribute("id");
    By panel = By.cssSelector("[id='" + id + "_panel']");
    By label = By.cssSelector("[id='" + id + "_label']");
    By sustained = By.cssSelector("[id='" + id + "_items'] li[data-label='Sustained']");
    // the list opens and closes with an animation: a click during it can be lost, so choose again
    // until the menu shows the choice
    for (int attempt = 0;
        attempt < 3 && !browser.driver.findElement(label).getText().equals("Sustained");
        attempt++) {
      if (!browser.driver.findElement(panel).isDisplayed()) {
        menu.click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(panel));
      }
      browser.wait.until(ExpectedConditions.elementToBeClickable(sustained)).click();
      try {
        new WebDriverWait(browser.driver, Duration.ofSeconds(3))
            .until(ExpectedConditions.textToBePresentInElementLocated(label, "Sustained"));
      } catch (TimeoutException e) {
        // not taken: try again
      }
    }
    assertThat(browser.driver.findElement(label).getText()).isEqualTo("Sustained");
    if (browser.driver.findElement(panel).isDisplayed()) {
      browser.driver.findElement(By.id("page-title")).click();
    }
    browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
    browser.driver.findElement(By.id("work:summary")).sendKeys("Three calls logged, no dispatch.");
    browser.driver.findElement(By.id("work:complete")).click();
    assertThat(visible(By.cssSelector(".ui-messages-info")).getText()).contains("is done");
    assertThat(Api.as("supervisor").get("complaints/" + reference).json().getString("status"))
        .isEqualTo("FINDINGS_REVIEW");

    signInAt("tasks/task-inbox.xhtml?reference=" + reference, "supervisor");
    openTask(reference, "Review the proposed findings");
    visible(By.cssSelector("label[for='work:approved:0']")).click();
    browser.driver.findElement(By.id("work:complete")).click();
    assertThat(visible(By.cssSelector(".ui-messages-info")).getText()).contains("is done");

    // the case's page: its steps, and the diagram with the current step marked
    browser.driver.get(Api.BASE + "intake/complaint-detail.xhtml?reference=" + reference);
    assertThat(
            visible(By.cssSelector("#timeline tr[data-activity='ReviewFindingsTask']")).getText())
        .contains("supervisor");
    browser.wait.until(
        ExpectedConditions.attributeContains(
            By.id("case-diagram"), "data-current", "DecideSanctionTask"));
    assertThat(browser.driver.findElements(By.cssSelector("#case-diagram .veedor-step-current")))
        .isNotEmpty();
    browser.screenshot("case lifecycle diagram");

    JsonObject complaint = Api.as("supervisor").get("complaints/" + reference).json();
    assertThat(complaint.getString("status")).isEqualTo("SANCTION");
    assertThat(complaint.getJsonArray("allegations").getJsonObject(0).getString("disposition"))
        .isEqualTo("SUSTAINED");
  }
}
