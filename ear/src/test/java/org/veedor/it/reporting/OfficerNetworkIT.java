package org.veedor.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/** The networks of officers named together, over the demonstration world. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficerNetworkIT {

  static final String RING_STATION = "E-NOR-1-A";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldRankTheDemoCorruptionRingFirst() {
    JsonArray groups = Api.as("auditor").get("reports/networks?min=2&top=5").jsonArray();
    System.out.println("officer networks (auditor, ties of 2+): " + groups);
    assertThat(groups).isNotEmpty();
    JsonObject top = groups.getJsonObject(0);
    List<JsonObject> members =
        top.getJsonArray("officers").stream().map(JsonValue::asJsonObject).toList();
    assertThat(members).hasSizeGreaterThanOrEqualTo(3);
    assertThat(top.getInt("corruptionAllegations")).isPositive();
    long atRingStation =
        members.stream().filter(m -> RING_STATION.equals(m.getString("unit", null))).count();
    assertThat(atRingStation * 2)
        .as("most of the top group serve at the ring's station")
        .isGreaterThan(members.size());
    for (int i = 1; i < groups.size(); i++) {
      assertThat(groups.getJsonObject(i).getInt("corruptionAllegations"))
          .isLessThanOrEqualTo(top.getInt("corruptionAllegations"));
    }
  }

  @Test
  void shouldExportGraphMlAndKeepTheNetworksFromRolesWithoutReports() {
    Api.Reply graph = Api.as("auditor").get("reports/networks/graphml?min=2&top=3");
    assertThat(graph.status()).isEqualTo(200);
    assertThat(graph.body()).startsWith("<?xml").contains("<graphml").contains("<edge source=");
    assertThat(Api.as("intake").get("reports/networks").status()).isEqualTo(403);
    assertThat(Api.as("auditor").get("reports/networks?min=0").status()).isEqualTo(400);
  }
}
