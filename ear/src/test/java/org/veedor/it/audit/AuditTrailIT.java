package org.veedor.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/** Through the API: reads and changes leave events that only the auditor reads. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldShowTheAuditorWhoReadACaseAfterAnInvestigatorReadIt() {
    String reference =
        Api.as("intake")
            .get("complaints?size=1")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("referenceNumber");

    assertThat(Api.as("investigator").get("complaints/" + reference).status()).isEqualTo(200);

    JsonObject trail =
        Api.as("auditor").get("audit?user=investigator&type=CASE_READ&object=" + reference).json();
    assertThat(trail.getInt("totalElements")).isGreaterThanOrEqualTo(1);
    JsonObject event = trail.getJsonArray("items").getJsonObject(0);
    assertThat(event.getString("username")).isEqualTo("investigator");
    assertThat(event.getString("objectType")).isEqualTo("complaint");
    assertThat(event.getString("outcome")).isEqualTo("SUCCESS");
    assertThat(event.getString("hash")).hasSize(64);
  }

  @Test
  void shouldRecordARegistrationWithTheUserWhoMadeIt() {
    Api.Reply created =
        Api.as("intake")
            .postJson(
                "complaints",
                """
                {"channel": "PHONE", "incidentDate": "2026-01-05", "narrative": "Me amenazaron.",
                 "allegations": [{"categoryCode": "THREATS_OR_INTIMIDATION", "unitCode": "E-SUR-1-A"}]}
                """);
    String reference = created.json().getString("referenceNumber");

    JsonObject trail =
        Api.as("auditor").get("audit?type=CASE_REGISTERED&object=" + reference).json();

    assertThat(trail.getInt("totalElements")).isEqualTo(1);
    assertThat(trail.getJsonArray("items").getJsonObject(0).getString("username"))
        .isEqualTo("intake");
  }

  @Test
  void shouldKeepTheTrailFromEveryoneButTheAuditor() {
    assertThat(Api.as("investigator").get("audit").status()).isEqualTo(403);
    assertThat(Api.as("admin").get("audit/verify").status()).isEqualTo(403);
    assertThat(Api.anonymous().get("audit").status()).isEqualTo(401);
  }

  @Test
  void shouldFindTheChainIntactWhenNobodyTamperedWithIt() {
    Api.as("board").get("complaints?size=1");

    JsonObject verification = Api.as("auditor").get("audit/verify").json();

    assertThat(verification.getBoolean("intact")).isTrue();
    assertThat(verification.getJsonNumber("checked").longValue()).isPositive();
  }
}
