package org.veedor.it.officers;

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
import org.veedor.it.support.Officers;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficerResourceIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldCreateNoDuplicatesWhenTheSameRegistryIsImportedTwice() {
    String a = Officers.uniqueBadge();
    String b = Officers.uniqueNumericBadge();
    String csv =
        Officers.csv(
            a + ",Lucía,Restrepo Gil,SARGENTO,ACTIVE,E-NOR-1-A,2019-03-01",
            b + ".0,Marlon,Campbell,Constable,,E-COS-1-B,2021-07-15");

    Api.Reply first = Api.as("admin").post("officers/import", "text/csv", csv);
    Api.Reply second = Api.as("admin").post("officers/import", "text/csv", csv);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().getInt("created")).isEqualTo(2);
    assertThat(first.json().getJsonArray("rejected")).isEmpty();
    assertThat(second.json().getInt("created")).isZero();
    assertThat(second.json().getInt("unchanged")).isEqualTo(2);
    assertThat(Api.as("intake").get("officers?q=" + a).json().getInt("totalElements")).isEqualTo(1);
    JsonObject officer = Api.as("intake").get("officers/" + b).json();
    assertThat(officer.getString("rank")).isEqualTo("OFFICER");
    assertThat(officer.getJsonArray("assignments")).hasSize(1);
  }

  @Test
  void shouldReportEachBadLineWithItsNumberAndKeepTheGoodOnesWhenImporting() {
    String good = Officers.uniqueBadge();
    String alsoGood = Officers.uniqueBadge();
    String csv =
        Officers.csv(
            good + ",Ana,Quiñónez,OFFICER,ACTIVE,E-SUR-1-A,2020-01-01",
            Officers.uniqueBadge() + ",Luis,Mora,GENERALISSIMO,ACTIVE,E-SUR-1-A,2020-01-01",
            Officers.uniqueBadge() + ",Raúl,Peña,OFFICER,ACTIVE,NO-SUCH-UNIT,2020-01-01",
            ",Sin,Placa,OFFICER,ACTIVE,E-SUR-1-A,2020-01-01",
            Officers.uniqueBadge() + ",Too,Few",
            good + ",Ana,Quiñónez,OFFICER,ACTIVE,E-SUR-1-A,2020-01-01",
            alsoGood + ",\"Pedro, \"\"el Chino\"\"\",Salas,CABO,ACTIVE,E-SUR-2-B,2020-01-01");

    Api.Reply reply = Api.as("admin").post("officers/import", "text/csv", csv);

    assertThat(reply.status()).isEqualTo(200);
    JsonObject report = reply.json();
    assertThat(report.getInt("records")).isEqualTo(7);
    assertThat(report.getInt("created")).isEqualTo(2);
    assertThat(report.getJsonArray("rejected").stream().map(r -> r.asJsonObject().getInt("line")))
        .containsExactly(3, 4, 5, 6, 7);
    assertThat(report.getJsonArray("rejected").get(0).asJsonObject().getString("reason"))
        .contains("rank");
    assertThat(report.getJsonArray("rejected").get(1).asJsonObject().getString("reason"))
        .contains("unit_code");
    assertThat(report.getJsonArray("rejected").get(4).asJsonObject().getString("reason"))
        .contains("line 2");
    assertThat(Api.as("intake").get("officers/" + alsoGood).json().getString("givenNames"))
        .isEqualTo("Pedro, \"el Chino\"");
  }

  @Test
  void shouldCloseThePreviousPostingWhenAnOfficerIsImportedInAnotherUnit() {
    String badge = Officers.uniqueBadge();
    Api.as("admin")
        .post(
            "officers/import",
            "text/csv",
            Officers.csv(badge + ",Diana,Ruiz,OFFICER,ACTIVE,E-CAP-1-A,2018-01-01"));

    Api.Reply moved =
        Api.as("admin")
            .post(
                "officers/import",
                "text/csv",
                Officers.csv(badge + ",Diana,Ruiz,SERGEANT,ACTIVE,E-ORI-2-B,2024-05-01"));

    assertThat(moved.json().getInt("updated")).isEqualTo(1);
    JsonObject officer = Api.as("intake").get("officers/" + badge).json();
    assertThat(officer.getString("rank")).isEqualTo("SERGEANT");
    assertThat(officer.getJsonArray("assignments")).hasSize(2);
    JsonObject earlier = officer.getJsonArray("assignments").getJsonObject(0);
    assertThat(earlier.getString("unitCode")).isEqualTo("E-CAP-1-A");
    assertThat(earlier.getString("endDate")).isEqualTo("2024-04-30");
    assertThat(officer.getJsonArray("assignments").getJsonObject(1).containsKey("endDate"))
        .isFalse();
  }

  @Test
  void shouldAnswerAProblemWhenTheHeaderLacksColumns() {
    Api.Reply reply = Api.as("admin").post("officers/import", "text/csv", "badge,name\n1,x\n");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.invalidParams()).containsExactly("header");
  }

  @Test
  void shouldListTheUnitTreeParentsFirstWithTerritories() {
    var units = Api.as("intake").get("units").jsonArray();

    assertThat(units.size()).isBetween(35, 60);
    assertThat(units.getJsonObject(0).getString("level")).isEqualTo("NATIONAL");
    assertThat(Api.as("intake").get("units/E-NOR-1-A").json().getString("territoryCode"))
        .isEqualTo("NOR");
    assertThat(Api.as("intake").get("units/NOPE").status()).isEqualTo(404);
    // the demonstration world's six (administration tests may have added their own)
    assertThat(
            Api.as("intake").get("territories").jsonArray().stream()
                .map(t -> t.asJsonObject().getString("code"))
                .toList())
        .contains("CAP", "NOR");
  }
}
