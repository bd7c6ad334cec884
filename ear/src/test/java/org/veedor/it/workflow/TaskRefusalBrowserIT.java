package org.veedor.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
 * In a real browser, on a Spanish page: the server's refusals of a task are told in Spanish, the
 * form's own (findings returned without saying why) and the task's (completed meanwhile by someone
 * else); and the API says the latter in the language the request asks for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaskRefusalBrowserIT {

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

  private static void complete(String user, String taskId, String payload) {
    Api.Reply reply = Api.as(user).postJson("tasks/" + taskId + "/complete", payload);
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
  }

  /** A complaint whose findings wait for the supervisor's review; the review task's id. */
  private static String findingsToReview() {
    Api.Reply registered =
        Api.as("intake")
            .postJson(
                "complaints",
                """
                {"channel": "PHONE", "incidentDate": "2026-11-05", "territoryCode": "CAP",
                 "narrative": "Nadie vino aunque llamé tres veces a la estación.",
                 "complainant": {"anonymous": true},
                 "allegations": [{"categoryCode": "NEGLECT_OF_DUTY", "unitCode": "E-CAP-1-A"}]}
                """);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String reference = registered.json().getString("referenceNumber");
    complete(
        "supervisor",
        taskId("supervisor", reference, "ConfirmTriageTask"),
        "{\"track\": \"UNIT_LEVEL\", \"priority\": \"LOW\", \"deadlineDays\": 60}");
    complete(
        "supervisor",
        taskId("supervisor", reference, "AssignInvestigatorTask"),
        "{\"investigator\": \"investigator\"}");
    long allegation =
        Api.as("investigator")
            .get("complaints/" + reference)
            .json()
            .getJsonArray("allegations")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    complete(
        "investigator",
        taskId("investigator", reference, "InvestigateTask"),
        "{\"findings\": {\"" + allegation + "\": \"SUSTAINED\"}}");
    return taskId("supervisor", reference, "ReviewFindingsTask");
  }

  @Test
  void shouldTellTheTasksRefusalsInSpanishOnASpanishPage() {
    String review = findingsToReview();

    browser.driver.get(Api.BASE + "tasks/task-form.xhtml?task=" + review);
    visible(By.id("j_username")).sendKeys("supervisor");
    browser.driver.findElement(By.id("j_password")).sendKeys(Api.DEMO_PASSWORD);
    browser.driver.findElement(By.id("login-submit")).click();
    browser.wait.until(
        ExpectedConditions.textToBe(By.id("page-title"), "Review the proposed findings"));
    browser.driver.findElement(By.cssSelector("a[data-language='es']")).click();
    browser.wait.until(
        ExpectedConditions.textToBe(By.id("page-title"), "Revisar las conclusiones propuestas"));

    // the form refuses findings sent back without saying what to do again
    visible(By.cssSelector("label[for='work:approved:1']")).click();
    browser.driver.findElement(By.id("work:complete")).click();
    String invalid = visible(By.cssSelector(".ui-messages-error")).getText();
    assertThat(invalid)
        .contains("Comentarios: diga qué debe rehacer el investigador")
        .doesNotContain("say what the investigator");

    // meanwhile the same review is done through the API: the page's task no longer exists
    complete("supervisor", review, "{\"approved\": true}");
    visible(By.cssSelector("label[for='work:approved:0']")).click();
    browser.driver.findElement(By.id("work:complete")).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".ui-messages-error"), "Esta tarea ya no existe"));
    assertThat(browser.driver.findElement(By.cssSelector(".ui-messages-error")).getText())
        .contains("Esta tarea ya no existe: se completó o se canceló.")
        .doesNotContain("no longer exists");
    browser.screenshot("a task refusal in Spanish");

    // the API says the same in the language asked for, English by default
    Api.Reply spanish =
        Api.as("supervisor")
            .speaking("es-CO, es;q=0.9, en;q=0.5")
            .postJson("tasks/" + review + "/complete", "{\"approved\": true}");
    Api.Reply portuguese =
        Api.as("supervisor")
            .speaking("pt-BR")
            .postJson("tasks/" + review + "/complete", "{\"approved\": true}");
    Api.Reply english =
        Api.as("supervisor").postJson("tasks/" + review + "/complete", "{\"approved\": true}");
    assertThat(spanish.status()).isEqualTo(409);
    assertThat(spanish.contentType()).startsWith("application/problem+json");
    assertThat(spanish.json().getString("title")).isEqualTo("Conflict");
    assertThat(spanish.json().getString("detail"))
        .isEqualTo("Esta tarea ya no existe: se completó o se canceló.");
    assertThat(portuguese.json().getString("detail"))
        .isEqualTo("Esta tarefa não existe mais: foi concluída ou cancelada.");
    assertThat(english.json().getString("detail"))
        .isEqualTo("This task no longer exists: it was completed or cancelled.");
  }
}
