package org.veedor.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
