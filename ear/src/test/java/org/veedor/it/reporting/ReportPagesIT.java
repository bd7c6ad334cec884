package org.veedor.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.Pages;

/** The report pages as their readers get them: the network view, the dashboards, transparency. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportPagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldShowTheDemoCorruptionRingAsTheTopGroupOfTheNetworkView() {
    String html = Pages.signedIn("auditor").get("reports/networks.xhtml?min=2&top=5");
    int first = html.indexOf("data-rank=\"1\"");
    int second = html.indexOf("data-rank=\"2\"");
    assertThat(first).as("the network view lists a first group").isPositive();
    String top = html.substring(first, second > first ? second : html.length());
    Matcher units = Pattern.compile("veedor-network-unit\">([^<]*)<").matcher(top);
    int members = 0;
    int atRing = 0;
    while (units.find()) {
      members++;
      if (units.group(1).equals(OfficerNetworkIT.RING_STATION)) {
        atRing++;
      }
    }
    assertThat(members).isGreaterThanOrEqualTo(3);
    assertThat(atRing * 2)
        .as("most of the top group serve at the ring's station")
        .isGreaterThan(members);
    assertThat(top).contains("<svg").contains("<line").contains("<circle");
    assertThat(top)
        .containsPattern("Group 1: \\d+ officers, \\d+ complaints, [1-9]\\d* corruption");
  }

  @Test
  void shouldShowEachBoardsIndicatorsWithTheirCharts() {
    String leadership = Pages.signedIn("leadership").get("reports/dashboard.xhtml");
    assertThat(leadership)
        .contains("data-indicator=\"volume\"")
        .contains("data-indicator=\"corruption\"")
        .contains("id=\"flagged-officers\"");
    assertThat(leadership)
        .as("leadership reads figures, not cases")
        .doesNotContain("case-search.xhtml?q=");
    String board = Pages.signedIn("board").get("reports/dashboard.xhtml?board=oversight");
    assertThat(board)
        .contains("data-indicator=\"substantiation\"")
        .contains("data-indicator=\"disposition-time\"")
        .contains("data-indicator=\"data-quality\"")
        .containsPattern("case-search.xhtml\\?q=received(%3A|:)\\d{4}");
    assertThat(board).contains("<canvas");
  }

  @Test
  void shouldCompareUnitsSideBySideAndLinkEachToItsOwnTrend() {
    String leadership = Pages.signedIn("leadership").get("reports/dashboard.xhtml");
    assertThat(leadership)
        .contains("data-indicator=\"unit-comparison\"")
        .contains("data-indicator=\"category-volume\"")
        .contains("Units compared")
        .containsPattern("reports/dashboard.xhtml\\?board=leadership(&amp;|&)unit=PN\"");
    String national =
        Pages.signedIn("leadership").get("reports/dashboard.xhtml?board=leadership&unit=PN");
    // the links of the comparison's rows (the exports under the tables carry unit=PN, the filter)
    List<String> trendLinks = new ArrayList<>();
    Matcher link = Pattern.compile("<a [^>]*veedor-unit-trend[^>]*>").matcher(national);
    while (link.find()) {
      trendLinks.add(link.group());
    }
    assertThat(trendLinks)
        .as("the national unit's own dashboard compares the units below it")
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a).doesNotContain("unit=PN\""))
        .anySatisfy(a -> assertThat(a).containsPattern("unit=R-[A-Z]+\""));

    Api api = Api.as("leadership");
    JsonObject top = api.get("reports/indicators/unit-comparison").json();
    JsonObject pn = top.getJsonArray("rows").getJsonObject(0);
    assertThat(pn.getString("unit")).isEqualTo("PN");
    JsonObject volume = api.get("reports/indicators/volume?period=all&unit=PN").json();
    assertThat(pn.getJsonNumber("complaints").longValue())
        .as("a unit's row counts the complaints its own volume counts")
        .isEqualTo(
            volume.getJsonArray("rows").getJsonObject(0).getJsonNumber("complaints").longValue())
        .isPositive();
    JsonArray below =
        api.get("reports/indicators/unit-comparison?unit=PN").json().getJsonArray("rows");
    assertThat(below).hasSizeGreaterThan(1);
    long allegationsBelow = 0;
    for (JsonValue row : below) {
      allegationsBelow += row.asJsonObject().getJsonNumber("allegations").longValue();
    }
    assertThat(allegationsBelow)
        .as("the units below the top hold its allegations that name a unit below it")
        .isPositive()
        .isLessThanOrEqualTo(pn.getJsonNumber("allegations").longValue());
    assertThat(api.get("reports/indicators/unit-comparison?unit=NO-SUCH-UNIT").status())
        .isEqualTo(400);
  }

  @Test
  void shouldCountEachCategoryOfTheAllegationsOnce() {
    Api api = Api.as("board");
    JsonArray categories =
        api.get("reports/indicators/category-volume?period=all").json().getJsonArray("rows");
    long allegations = 0;
    for (JsonValue row : categories) {
      assertThat(row.asJsonObject().getString("category")).isNotBlank();
      allegations += row.asJsonObject().getJsonNumber("allegations").longValue();
    }
    JsonObject volume =
        api.get("reports/indicators/volume?period=all")
            .json()
            .getJsonArray("rows")
            .getJsonObject(0);
    assertThat(allegations).isEqualTo(volume.getJsonNumber("allegations").longValue());
  }

  @Test
  void shouldNameTheTopOfficersWhateverTheFilter() {
    Api api = Api.as("board");
    for (String filter :
        new String[] {
          "", "&territory=CAP", "&from=2024-01-01&to=2026-01-01", "&unit=PN", "&group=CORRUPTION"
        }) {
      JsonObject figures =
          api.get("reports/indicators/concentration?period=all" + filter)
              .json()
              .getJsonArray("rows")
              .getJsonObject(0);
      assertThat(figures.getJsonNumber("complaintsNamingOfficers").longValue())
          .as(filter)
          .isPositive();
      assertThat(figures.getJsonNumber("officersNamed").longValue()).as(filter).isPositive();
      assertThat(figures.getJsonNumber("topOfficers").longValue()).as(filter).isPositive();
      assertThat(figures.getJsonNumber("complaintsNamingTopOfficers").longValue())
          .as(filter)
          .isPositive();
    }
  }

  @Test
  void shouldFlagOfficersWithTheirReasons() {
    jakarta.json.JsonObject flags =
        org.veedor.it.support.Api.as("auditor").get("reports/early-warning").json();
    System.out.println("early warning (auditor): " + flags);
    var officers = flags.getJsonArray("officers");
    assertThat(officers).as("the demonstration world has officers to flag").isNotEmpty();
    for (var o : officers) {
      assertThat(o.asJsonObject().getJsonArray("reasons")).isNotEmpty();
    }
    assertThat(officers.toString())
        .as("the ring's sustained corruption is a reason")
        .contains("sustained corruption");
    assertThat(org.veedor.it.support.Api.as("intake").get("reports/early-warning").status())
        .isEqualTo(403);
    assertThat(
            org.veedor.it.support.Api.as("auditor")
                .get("reports/early-warning?to=nonsense")
                .status())
        .isEqualTo(400);
  }

  @Test
  void shouldRefuseParametersAnEndpointDoesNotKnowInsteadOfAnsweringUnfiltered() {
    org.veedor.it.support.Api.Reply typo =
        org.veedor.it.support.Api.as("auditor")
            .speaking("es")
            .get("reports/indicators/volume?period=year&receivedFrom=2014-01-01&zz=1");
    assertThat(typo.status()).as(typo.body()).isEqualTo(400);
    assertThat(typo.contentType()).startsWith("application/problem+json");
    assertThat(typo.invalidParams()).containsExactly("receivedFrom", "zz");
    assertThat(typo.body())
        .as("in the language asked for, naming what the endpoint knows")
        .contains("no tiene ese parámetro")
        .contains("from")
        .contains("territory");
    for (String path :
        java.util.List.of(
            "reports/early-warning?unti=2025-01-01",
            "reports/networks?minimum=2",
            "reports/indicators?x=1")) {
      assertThat(org.veedor.it.support.Api.as("auditor").get(path).status())
          .as(path)
          .isEqualTo(400);
    }
    // the parameters it knows still answer, and one day is a range
    assertThat(
            org.veedor.it.support.Api.as("auditor")
                .get("reports/indicators/volume?period=all&from=2025-03-01&to=2025-03-01")
                .status())
        .isEqualTo(200);
    assertThat(
            org.veedor.it.support.Api.as("auditor")
                .get("reports/indicators/volume?from=2025-03-02&to=2025-03-01")
                .invalidParams())
        .containsExactly("to");
  }

  @Test
  void shouldServeTheTransparencyPageWithoutSigningIn() {
    String page = Pages.anonymous().get("public/transparency.xhtml");
    assertThat(page)
        .contains("id=\"page-title\"")
        .contains("data-dataset=\"allegations-by-year-and-group\"")
        .as("the page names the zone its years are counted in")
        .contains("id=\"zone\"");
    assertThat(page).doesNotContain("j_security_check");
  }
}
