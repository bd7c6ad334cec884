package org.veedor.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/**
 * Every caller (each demo user, and anonymous) against every REST endpoint and every page, with the
 * expected answer: allowed, refused (403) or asked to sign in (401, or the login page).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

  private static final String ANONYMOUS = "(anonymous)";
  private static final List<String> CALLERS =
      List.of(
          ANONYMOUS,
          "intake",
          "investigator",
          "investigator2",
          "supervisor",
          "supervisor2",
          "authority",
          "appeals",
          "board",
          "leadership",
          "auditor",
          "admin");
  private static final Set<String> EVERYONE = Set.copyOf(CALLERS.subList(1, CALLERS.size()));
  private static final Set<String> CASE_READERS =
      Set.of(
          "intake",
          "investigator",
          "investigator2",
          "supervisor",
          "supervisor2",
          "authority",
          "appeals",
          "board",
          "auditor");
  private static final Set<String> REGISTRARS = Set.of("intake", "supervisor", "supervisor2");
  private static final Set<String> REPORT_READERS =
      Set.of("supervisor", "supervisor2", "board", "leadership", "auditor");

  private enum Answer {
    ALLOWED,
    REFUSED,
    SIGN_IN
  }

  private record Check(String name, Set<String> allowed, Caller call) {}

  @FunctionalInterface
  private interface Caller {
    Answer as(String user) throws Exception;
  }

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  private static Api api(String user) {
    return user.equals(ANONYMOUS) ? Api.anonymous() : Api.as(user);
  }

  private static Answer api(Api.Reply reply, int allowedStatus) {
    if (reply.status() == 401) {
      return Answer.SIGN_IN;
    }
    if (reply.status() == 403) {
      return Answer.REFUSED;
    }
    return reply.status() == allowedStatus ? Answer.ALLOWED : null;
  }

  private static Answer page(String user, String path) throws IOException, InterruptedException {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    if (!user.equals(ANONYMOUS)) {
      browser.send(
          HttpRequest.newBuilder(URI.create(Api.BASE + path)).build(),
          HttpResponse.BodyHandlers.discarding());
      browser.send(
          HttpRequest.newBuilder(URI.create(Api.BASE + "j_security_check"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "j_username=" + user + "&j_password=" + Api.DEMO_PASSWORD))
              .build(),
          HttpResponse.BodyHandlers.discarding());
    }
    HttpResponse<String> response =
        browser.send(
            HttpRequest.newBuilder(URI.create(Api.BASE + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.body().contains("j_security_check")) {
      return Answer.SIGN_IN;
    }
    if (response.statusCode() == 403) {
      return Answer.REFUSED;
    }
    return response.statusCode() == 200 && response.body().contains("page-title")
        ? Answer.ALLOWED
        : null;
  }

  /**
   * A case every case reader may open: closed, not sealed, naming nobody of the users' own units.
   */
  private static String ordinaryCase() {
    for (JsonValue item :
        Api.as("board").get("complaints?size=50&territory=CAP").json().getJsonArray("items")) {
      String reference = item.asJsonObject().getString("referenceNumber");
      boolean everyoneSees =
          List.of("investigator", "investigator2", "supervisor", "supervisor2").stream()
              .allMatch(u -> Api.as(u).get("complaints/" + reference).status() == 200);
      if (everyoneSees) {
        return reference;
      }
    }
    throw new IllegalStateException("no ordinary closed case in the demo world");
  }

  /** A complaint whose lifecycle runs (registered now), naming nobody of the users' units. */
  private static String runningCase() {
    Api.Reply registered =
        Api.as("intake")
            .postJson(
                "complaints",
                "{\"channel\": \"PHONE\", \"incidentDate\": \"2026-11-05\", \"territoryCode\": \"CAP\","
                    + " \"narrative\": \"Nobody came when I called.\", \"complainant\": {\"anonymous\": true},"
                    + " \"allegations\": [{\"categoryCode\": \"NEGLECT_OF_DUTY\", \"unitCode\": \"E-CAP-1-A\"}]}");
    return registered.json().getString("referenceNumber");
  }

  @Test
  void shouldAnswerEveryCallerAsTheRolesSayForEveryEndpointAndPage() throws Exception {
    String reference = ordinaryCase();
    String running = runningCase();
    Set<String> openCaseReaders = new java.util.HashSet<>(CASE_READERS);
    openCaseReaders.remove("board");
    String header = "badge_number,given_names,family_names,rank,unit_code\n";
    List<Check> checks =
        List.of(
            new Check(
                "GET /api/complaints",
                CASE_READERS,
                u -> api(api(u).get("complaints?size=1"), 200)),
            new Check(
                "GET /api/complaints/{reference}",
                CASE_READERS,
                u -> api(api(u).get("complaints/" + reference), 200)),
            new Check(
                "POST /api/complaints",
                REGISTRARS,
                u -> api(api(u).postJson("complaints", "{}"), 400)),
            new Check("GET /api/officers", EVERYONE, u -> api(api(u).get("officers?size=1"), 200)),
            new Check(
                "GET /api/officers/{badge}",
                EVERYONE,
                u -> api(api(u).get("officers/100000"), 200)),
            new Check(
                "POST /api/officers/import",
                Set.of("admin"),
                u -> api(api(u).post("officers/import", "text/csv", header), 200)),
            new Check(
                "GET /api/search",
                CASE_READERS,
                u -> api(api(u).get("search?q=soborno&size=1"), 200)),
            new Check(
                "GET /api/search/officers",
                EVERYONE,
                u -> api(api(u).get("search/officers?q=gonzalez&size=1"), 200)),
            new Check(
                "GET /api/search/consistency",
                Set.of("admin"),
                u -> api(api(u).get("search/consistency"), 200)),
            new Check(
                "GET /api/reports/networks",
                REPORT_READERS,
                u -> api(api(u).get("reports/networks?top=1"), 200)),
            new Check(
                "GET /api/reports/indicators/{name}",
                REPORT_READERS,
                u -> api(api(u).get("reports/indicators/volume?period=year"), 200)),
            new Check(
                "GET /api/reports/indicators/{name} as CSV",
                REPORT_READERS,
                u -> api(api(u).get("reports/indicators/trust?period=year&format=csv"), 200)),
            new Check(
                "GET /api/reports/early-warning",
                REPORT_READERS,
                u -> api(api(u).get("reports/early-warning"), 200)),
            new Check(
                "POST /api/reports/quarterly",
                REPORT_READERS,
                u ->
                    api(
                        api(u)
                            .post("reports/quarterly?year=2026&quarter=1", "application/json", ""),
                        202)),
            new Check(
                "GET /api/reports/quarterly",
                REPORT_READERS,
                u -> api(api(u).get("reports/quarterly"), 200)),
            new Check("GET /api/imports", Set.of("admin"), u -> api(api(u).get("imports"), 200)),
            new Check(
                "GET /api/open-data/",
                Set.copyOf(CALLERS),
                u -> api(api(u).get("open-data/"), 200)),
            new Check("GET /api/units", EVERYONE, u -> api(api(u).get("units"), 200)),
            new Check("GET /api/units/{code}", EVERYONE, u -> api(api(u).get("units/PN"), 200)),
            new Check("GET /api/territories", EVERYONE, u -> api(api(u).get("territories"), 200)),
            new Check("GET /api/categories", EVERYONE, u -> api(api(u).get("categories"), 200)),
            new Check(
                "GET /api/public/form",
                Set.copyOf(CALLERS),
                u -> api(api(u).get("public/form"), 200)),
            new Check("GET /api/tasks", EVERYONE, u -> api(api(u).get("tasks?size=1"), 200)),
            new Check(
                "GET /api/complaints/{reference}/history",
                CASE_READERS,
                u -> api(api(u).get("complaints/" + reference + "/history"), 200)),
            new Check(
                "GET /api/complaints/{reference}/timeline",
                CASE_READERS,
                u -> api(api(u).get("complaints/" + reference + "/timeline"), 200)),
            new Check(
                "GET /api/complaints/{reference}/messages",
                Set.of("intake"),
                u -> api(api(u).get("complaints/" + reference + "/messages"), 200)),
            new Check(
                "GET /api/complaints/{reference}/diagram",
                openCaseReaders,
                u -> {
                  Api.Reply reply = api(u).get("complaints/" + running + "/diagram");
                  // the board reads closed cases only: an open one does not exist for it
                  return reply.status() == 404 ? Answer.REFUSED : api(reply, 200);
                }),
            new Check("page task inbox", EVERYONE, u -> page(u, "tasks/task-inbox.xhtml")),
            new Check("page public file", Set.copyOf(CALLERS), u -> page(u, "public/file.xhtml")),
            new Check(
                "page public follow", Set.copyOf(CALLERS), u -> page(u, "public/follow.xhtml")),
            new Check(
                "POST /api/retention/runs",
                Set.of("admin"),
                u -> api(api(u).post("retention/runs?dryRun=true", "application/json", ""), 200)),
            new Check(
                "GET /api/audit", Set.of("auditor"), u -> api(api(u).get("audit?size=1"), 200)),
            new Check(
                "GET /api/audit/verify",
                Set.of("auditor"),
                u -> api(api(u).get("audit/verify"), 200)),
            new Check(
                "page complaint list", CASE_READERS, u -> page(u, "intake/complaint-list.xhtml")),
            new Check(
                "page complaint detail",
                CASE_READERS,
                u -> page(u, "intake/complaint-detail.xhtml?reference=" + reference)),
            new Check(
                "page audit trail", Set.of("auditor"), u -> page(u, "audit/audit-trail.xhtml")),
            new Check(
                "page case search",
                CASE_READERS,
                u -> page(u, "search/case-search.xhtml?q=soborno")),
            new Check(
                "page search index", Set.of("admin"), u -> page(u, "admin/search-index.xhtml")),
            new Check("page imports", Set.of("admin"), u -> page(u, "admin/imports.xhtml")),
            new Check("page networks", REPORT_READERS, u -> page(u, "reports/networks.xhtml")),
            new Check("page dashboard", REPORT_READERS, u -> page(u, "reports/dashboard.xhtml")),
            new Check(
                "page quarterly report", REPORT_READERS, u -> page(u, "reports/quarterly.xhtml")),
            new Check(
                "page transparency",
                Set.copyOf(CALLERS),
                u -> page(u, "public/transparency.xhtml")));

    Map<String, String> mismatches = new LinkedHashMap<>();
    int cells = 0;
    for (Check check : checks) {
      for (String caller : CALLERS) {
        Answer expected =
            check.allowed().contains(caller)
                ? Answer.ALLOWED
                : caller.equals(ANONYMOUS) ? Answer.SIGN_IN : Answer.REFUSED;
        Answer actual = check.call().as(caller);
        cells++;
        if (actual != expected) {
          mismatches.put(
              check.name() + " as " + caller, "expected " + expected + ", got " + actual);
        }
      }
    }
    List<String> report = new ArrayList<>();
    mismatches.forEach((cell, what) -> report.add(cell + ": " + what));
    System.out.printf(
        "authorization matrix: %d endpoints and pages x %d callers = %d cells, %d mismatches%n",
        checks.size(), CALLERS.size(), cells, mismatches.size());

    assertThat(cells).isEqualTo(checks.size() * CALLERS.size());
    assertThat(report).isEmpty();
  }
}
