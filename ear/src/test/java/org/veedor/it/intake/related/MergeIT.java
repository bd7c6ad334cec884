package org.veedor.it.intake.related;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Casework;
import org.veedor.it.support.Deployments;

/**
 * The same beating reported twice: the two complaints are linked, then the second is merged into
 * the first as a duplicate. Both references open the surviving case, the duplicate's file and
 * messages moved there, and the duplicate's lifecycle has ended (with its reason in the history).
 */
@ExtendWith(ArquillianExtension.class)
class MergeIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.it.intake.related");
  }

  @Inject RuntimeService runtime;
  @Inject HistoryService history;

  @Test
  void shouldOpenTheSurvivingCaseFromBothReferencesOnceADuplicateIsMerged() {
    String survivor = Casework.register();
    String duplicate = Casework.register();
    assertThat(
            Api.as("supervisor")
                .post(
                    "complaints/" + duplicate + "/files?identifying=false&name=parte.txt",
                    "text/plain",
                    "Parte del hospital: contusiones en el brazo izquierdo.")
                .status())
        .isEqualTo(201);
    assertThat(
            Api.as("intake")
                .postJson(
                    "complaints/" + duplicate + "/messages",
                    "{\"text\": \"Recibimos su denuncia por teléfono.\"}")
                .status())
        .isEqualTo(204);

    Api.Reply linked =
        Api.as("intake")
            .postJson(
                "complaints/" + survivor + "/links",
                "{\"reference\": \"%s\", \"kind\": \"SAME_INCIDENT\", \"reason\": \"The same vendor, the same morning.\"}"
                    .formatted(duplicate));
    assertThat(linked.status()).as(linked.body()).isEqualTo(204);
    assertThat(Api.as("leadership").get("complaints/" + survivor + "/links").status())
        .as("leadership reads no case")
        .isEqualTo(403);
    assertThat(links(survivor)).contains(duplicate + " SAME_INCIDENT");

    assertThat(
            Api.as("intake")
                .postJson(
                    "complaints/" + duplicate + "/merge",
                    "{\"into\": \"%s\", \"reason\": \"x\"}".formatted(survivor))
                .status())
        .as("supervisors merge")
        .isEqualTo(403);
    Api.Reply merged =
        Api.as("supervisor")
            .postJson(
                "complaints/" + duplicate + "/merge",
                "{\"into\": \"%s\", \"reason\": \"The complainant's son called the same day.\"}"
                    .formatted(survivor));
    assertThat(merged.status()).as(merged.body()).isEqualTo(204);

    assertThat(
            Api.as("supervisor").get("complaints/" + duplicate).json().getString("referenceNumber"))
        .as("the duplicate's reference opens the surviving case")
        .isEqualTo(survivor);
    assertThat(
            Api.as("supervisor").get("complaints/" + survivor + "/files").jsonArray().stream()
                .map(f -> f.asJsonObject().getString("fileName")))
        .contains("parte.txt");
    assertThat(
            Api.as("intake").get("complaints/" + survivor + "/messages").jsonArray().stream()
                .map(m -> m.asJsonObject().getString("body")))
        .contains("Recibimos su denuncia por teléfono.");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(duplicate).count())
        .as("the duplicate's lifecycle has ended")
        .isZero();
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("complaintLifecycle")
                .processInstanceBusinessKey(duplicate)
                .singleResult()
                .getDeleteReason())
        .isEqualTo("merged into " + survivor);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(survivor).count())
        .as("the survivor goes on")
        .isEqualTo(1);
    assertThat(links(survivor)).contains(duplicate + " DUPLICATE_OF");
    assertThat(
            Api.as("supervisor")
                .postJson(
                    "complaints/" + duplicate + "/merge",
                    "{\"into\": \"%s\", \"reason\": \"again\"}".formatted(survivor))
                .status())
        .isEqualTo(409);
  }

  private static List<String> links(String reference) {
    return Api.as("supervisor").get("complaints/" + reference + "/links").jsonArray().stream()
        .map(JsonValue::asJsonObject)
        .map(l -> l.getString("reference") + " " + l.getString("kind"))
        .toList();
  }
}
