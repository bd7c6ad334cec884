package org.veedor.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/** Open data: served without login, no complainant field, no published cell below k. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldListAndServeEveryPublicDatasetWithoutLoginOrSmallCells() {
    Api.Reply list = Api.anonymous().get("open-data/");
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    JsonObject catalogue = list.json();
    int k = catalogue.getInt("k");
    assertThat(k).isEqualTo(5);
    JsonArray datasets = catalogue.getJsonArray("datasets");
    assertThat(datasets).hasSizeGreaterThanOrEqualTo(4);
    for (JsonValue entry : datasets) {
      String name = entry.asJsonObject().getString("name");
      Api.Reply reply = Api.anonymous().get("open-data/" + name);
      assertThat(reply.status()).as(name + ": " + reply.body()).isEqualTo(200);
      assertThat(reply.body().toLowerCase(Locale.ROOT))
          .as(name + " holds no complainant field")
          .doesNotContain("complainant");
      JsonObject table = reply.json();
      assertThat(table.getJsonArray("rows")).as(name + " has rows").isNotEmpty();
      List<Long> published = new ArrayList<>();
      List<List<Long>> grid = new ArrayList<>();
      for (JsonValue row : table.getJsonArray("cells")) {
        List<Long> cells = numbers(row.asJsonArray());
        grid.add(cells);
        published.addAll(cells);
      }
      List<Long> rowTotals = numbers(table.getJsonArray("rowTotals"));
      List<Long> columnTotals = numbers(table.getJsonArray("columnTotals"));
      published.addAll(rowTotals);
      published.addAll(columnTotals);
      published.add(
          table.isNull("grandTotal") ? null : table.getJsonNumber("grandTotal").longValue());
      assertThat(published.stream().filter(v -> v != null && v < k).toList())
          .as(name + ": published values below k")
          .isEmpty();
      // no row or column with exactly one hidden value (it would follow from its total)
      for (int r = 0; r < grid.size(); r++) {
        List<Long> equation = new ArrayList<>(grid.get(r));
        equation.add(rowTotals.get(r));
        assertThat(equation.stream().filter(v -> v == null).count())
            .as(name + " row " + r)
            .isNotEqualTo(1L);
      }
      for (int c = 0; c < columnTotals.size(); c++) {
        List<Long> equation = new ArrayList<>();
        for (List<Long> row : grid) {
          equation.add(row.get(c));
        }
        equation.add(columnTotals.get(c));
        assertThat(equation.stream().filter(v -> v == null).count())
            .as(name + " column " + c)
            .isNotEqualTo(1L);
      }
      Api.Reply csv = Api.anonymous().get("open-data/" + name + "?format=csv");
      assertThat(csv.status()).isEqualTo(200);
      assertThat(csv.contentType()).startsWith("text/csv");
      assertThat(csv.body()).contains("TOTAL");
    }
    JsonObject officers = Api.anonymous().get("open-data/officers-by-allegations").json();
    assertThat(officers.getJsonArray("rows").getString(0)).matches("officer [0-9A-F]{12}");
    assertThat(Api.anonymous().get("open-data/nonesuch").status()).isEqualTo(404);
  }

  private static List<Long> numbers(JsonArray array) {
    List<Long> values = new ArrayList<>();
    for (JsonValue v : array) {
      values.add(
          v.getValueType() == JsonValue.ValueType.NULL
              ? null
              : ((jakarta.json.JsonNumber) v).longValue());
    }
    return values;
  }
}
