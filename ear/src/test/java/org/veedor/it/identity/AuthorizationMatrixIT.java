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
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployed;
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

  /**
   * A row: the endpoint ({@code GET /api/complaints/{reference}}) or page ({@code page
   * /intake/complaint-list.xhtml}) it covers, as the deployment names it, and what it checks.
   */
  private record Check(String name, Set<String> allowed, Caller call) {
    String covers() {
      int variant = name.indexOf(" (");
      return variant < 0 ? name : name.substring(0, variant);
    }
  }

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

  private static Answer api(Api.Reply reply, int... allowedStatuses) {
    if (reply.status() == 401) {
      return Answer.SIGN_IN;
    }
    if (reply.status() == 403) {
      return Answer.REFUSED;
    }
    for (int allowed : allowedStatuses) {
      if (reply.status() == allowed) {
        return Answer.ALLOWED;
      }
    }
    // neither allowed nor refused: what the server said, for the failure's reader
    System.out.println("unexpected answer " + reply.status() + ": " + reply.body());
    return null;
  }

  /** For a case the caller may not reach, 404 is the refusal (it does not exist for them). */
  private static Answer caseApi(Api.Reply reply, int... allowedStatuses) {
    return reply.status() == 404 ? Answer.REFUSED : api(reply, allowedStatuses);
  }

  private static Answer page(String user, String path) throws IOException, InterruptedException {
    return page(user, path, "page-title");
  }

  /**
   * A page whose answer is in its content: allowed when it shows {@code shown}, refused when it is
   * forbidden or shows an error message instead.
   */
  private static Answer page(String user, String path, String shown)
      throws IOException, InterruptedException {
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
    if (response.statusCode() == 200 && response.body().contains(shown)) {
      return Answer.ALLOWED;
    }
    return response.statusCode() == 200 && response.body().contains("ui-messages-error")
        ? Answer.REFUSED
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

  /** The running case's triage task (in the supervisors' queue). */
  private static String triageTask(String running) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      for (JsonValue item :
          Api.as("supervisor")
              .get("tasks?size=50&task=ConfirmTriageTask&reference=" + running)
              .json()
              .getJsonArray("items")) {
        if (item.asJsonObject().getString("reference").equals(running)) {
          return item.asJsonObject().getString("id");
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no triage task for " + running);
  }

  /** Starts a reindex and, when it started, waits for it to end so that searches stay whole. */
  private static Answer reindex(String user) throws InterruptedException {
    Answer answer = api(api(user).post("search/reindex", "application/json", ""), 202, 200);
    if (answer == Answer.ALLOWED) {
      for (int i = 0; i < 1200; i++) {
        String state = Api.as(user).get("search/reindex").json().getString("state");
        if (!state.equals("RUNNING") && !state.equals("STARTING")) {
          break;
        }
        Thread.sleep(100);
      }
    }
    return answer;
  }

  /** The sign-in page: its form, for anyone who asks. */
  private static Answer loginPage(String user) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 && response.body().contains("j_security_check")
        ? Answer.ALLOWED
        : null;
  }

  @Test
  void shouldAnswerEveryCallerAsTheRolesSayForEveryEndpointAndPage() throws Exception {
    String reference = ordinaryCase();
    String running = runningCase();
    long allegation =
        Api.as("intake")
            .get("complaints/" + running)
            .json()
            .getJsonArray("allegations")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Set<String> openCaseReaders = new java.util.HashSet<>(CASE_READERS);
    openCaseReaders.remove("board");
    String header = "badge_number,given_names,family_names,rank,unit_code\n";
    // what the rows below act on: a file and a note of the running case, and its triage task
    String file =
        String.valueOf(
            Api.as("supervisor")
                .post(
                    "complaints/" + running + "/files?identifying=false&name=matrix.txt",
                    "text/plain",
                    "Parte de servicio del turno de noche.")
                .json()
                .getJsonNumber("id")
                .longValue());
    String note =
        Api.as("supervisor")
            .postJson("complaints/" + running + "/notes", "{\"text\": \"Llamar al testigo.\"}")
            .json()
            .getString("key");
    String triage = triageTask(running);
    Set<String> noteReaders =
        Set.of(
            "investigator",
            "investigator2",
            "supervisor",
            "supervisor2",
            "authority",
            "appeals",
            "auditor");
    Set<String> supervisors = Set.of("supervisor", "supervisor2");
    List<Check> checks =
        new ArrayList<>(
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
                new Check(
                    "GET /api/officers", EVERYONE, u -> api(api(u).get("officers?size=1"), 200)),
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
                    "GET /api/reports/indicators/{name} (as CSV)",
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
                                .post(
                                    "reports/quarterly?year=2026&quarter=1",
                                    "application/json",
                                    ""),
                            202)),
                new Check(
                    "GET /api/reports/quarterly",
                    REPORT_READERS,
                    u -> api(api(u).get("reports/quarterly"), 200)),
                new Check(
                    "GET /api/imports", Set.of("admin"), u -> api(api(u).get("imports"), 200)),
                new Check(
                    "GET /api/open-data",
                    Set.copyOf(CALLERS),
                    u -> api(api(u).get("open-data/"), 200)),
                new Check("GET /api/units", EVERYONE, u -> api(api(u).get("units"), 200)),
                new Check("GET /api/units/{code}", EVERYONE, u -> api(api(u).get("units/PN"), 200)),
                new Check(
                    "GET /api/territories", EVERYONE, u -> api(api(u).get("territories"), 200)),
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
                    "GET /api/complaints/{reference}/sanctions",
                    CASE_READERS,
                    u -> api(api(u).get("complaints/" + reference + "/sanctions"), 200)),
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
                new Check(
                    "page /tasks/task-inbox.xhtml",
                    EVERYONE,
                    u -> page(u, "tasks/task-inbox.xhtml")),
                new Check(
                    "page /public/file.xhtml",
                    Set.copyOf(CALLERS),
                    u -> page(u, "public/file.xhtml")),
                new Check(
                    "page /public/follow.xhtml",
                    Set.copyOf(CALLERS),
                    u -> page(u, "public/follow.xhtml")),
                new Check(
                    "POST /api/retention/runs",
                    Set.of("admin"),
                    u ->
                        api(
                            api(u).post("retention/runs?dryRun=true", "application/json", ""),
                            200)),
                new Check(
                    "GET /api/audit", Set.of("auditor"), u -> api(api(u).get("audit?size=1"), 200)),
                new Check(
                    "GET /api/audit/verify",
                    Set.of("auditor"),
                    u -> api(api(u).get("audit/verify"), 200)),
                new Check(
                    "page /intake/complaint-list.xhtml",
                    CASE_READERS,
                    u -> page(u, "intake/complaint-list.xhtml")),
                new Check(
                    "page /intake/complaint-detail.xhtml",
                    CASE_READERS,
                    u -> page(u, "intake/complaint-detail.xhtml?reference=" + reference)),
                new Check(
                    "page /audit/audit-trail.xhtml",
                    Set.of("auditor"),
                    u -> page(u, "audit/audit-trail.xhtml")),
                new Check(
                    "page /search/case-search.xhtml",
                    CASE_READERS,
                    u -> page(u, "search/case-search.xhtml?q=soborno")),
                new Check(
                    "page /admin/search-index.xhtml",
                    Set.of("admin"),
                    u -> page(u, "admin/search-index.xhtml")),
                new Check(
                    "page /admin/accounts.xhtml",
                    Set.of("admin"),
                    u -> page(u, "admin/accounts.xhtml")),
                new Check(
                    "page /admin/organisation.xhtml",
                    Set.of("admin"),
                    u -> page(u, "admin/organisation.xhtml")),
                new Check(
                    "page /admin/categories.xhtml",
                    Set.of("admin"),
                    u -> page(u, "admin/categories.xhtml")),
                new Check(
                    "page /account/password.xhtml",
                    EVERYONE,
                    u -> page(u, "account/password.xhtml")),
                new Check(
                    "page /admin/imports.xhtml",
                    Set.of("admin"),
                    u -> page(u, "admin/imports.xhtml")),
                new Check(
                    "page /reports/networks.xhtml",
                    REPORT_READERS,
                    u -> page(u, "reports/networks.xhtml")),
                new Check(
                    "page /reports/dashboard.xhtml",
                    REPORT_READERS,
                    u -> page(u, "reports/dashboard.xhtml")),
                new Check(
                    "page /reports/quarterly.xhtml",
                    REPORT_READERS,
                    u -> page(u, "reports/quarterly.xhtml")),
                new Check(
                    "page /public/transparency.xhtml",
                    Set.copyOf(CALLERS),
                    u -> page(u, "public/transparency.xhtml"))));
    checks.addAll(
        List.of(
            new Check(
                "GET /api/complaints/{reference}/files",
                CASE_READERS,
                u -> api(api(u).get("complaints/" + reference + "/files"), 200)),
            new Check(
                "GET /api/complaints/{reference}/files/{id}",
                openCaseReaders,
                u -> caseApi(api(u).get("complaints/" + running + "/files/" + file), 200)),
            new Check(
                "GET /api/complaints/{reference}/files/{id}/content",
                openCaseReaders,
                u ->
                    caseApi(
                        api(u).get("complaints/" + running + "/files/" + file + "/content"), 200)),
            new Check(
                "POST /api/complaints/{reference}/files",
                // intake and supervisors add files to any case they reach; investigators to theirs
                REGISTRARS,
                u ->
                    caseApi(
                        api(u)
                            .post(
                                "complaints/" + running + "/files?identifying=false&name=m.txt",
                                "text/plain",
                                "Constancia " + u),
                        201)),
            new Check(
                "PUT /api/complaints/{reference}/files/{id}/identifying",
                // those who may know the complainant: intake, and the case's own workers (none yet)
                Set.of("intake"),
                u ->
                    caseApi(
                        api(u)
                            .put(
                                "complaints/" + running + "/files/" + file + "/identifying",
                                "{\"identifiesComplainant\": false}"),
                        200)),
            new Check(
                "GET /api/complaints/{reference}/notes",
                noteReaders,
                u -> caseApi(api(u).get("complaints/" + reference + "/notes"), 200)),
            new Check(
                "GET /api/complaints/{reference}/notes/{key}/versions",
                noteReaders,
                u ->
                    caseApi(
                        api(u).get("complaints/" + running + "/notes/" + note + "/versions"), 200)),
            new Check(
                "POST /api/complaints/{reference}/notes",
                // supervisors, and the case's own investigator (none yet)
                supervisors,
                u ->
                    caseApi(
                        api(u)
                            .postJson(
                                "complaints/" + running + "/notes",
                                "{\"text\": \"Nota de " + u + "\"}"),
                        201)),
            new Check(
                "PUT /api/complaints/{reference}/notes/{key}",
                supervisors,
                u ->
                    caseApi(
                        api(u)
                            .put(
                                "complaints/" + running + "/notes/" + note,
                                "{\"text\": \"Llamar al testigo (" + u + ").\"}"),
                        200)),
            new Check(
                "POST /api/complaints/{reference}/messages",
                // intake, and the case's own investigator and supervisor (none yet)
                Set.of("intake"),
                u ->
                    caseApi(
                        api(u)
                            .postJson(
                                "complaints/" + running + "/messages",
                                "{\"text\": \"Recibimos su denuncia.\"}"),
                        204)),
            new Check(
                "POST /api/complaints/{reference}/events",
                // new evidence: intake, investigators and supervisors; at triage the lifecycle
                // does not take it (409), which is an answer, not a refusal
                Set.of("intake", "investigator", "investigator2", "supervisor", "supervisor2"),
                u ->
                    caseApi(
                        api(u)
                            .postJson(
                                "complaints/" + running + "/events",
                                "{\"type\": \"NEW_EVIDENCE\"}"),
                        204,
                        409)),
            new Check(
                "POST /api/complaints/{reference}/allegations/{allegation}/officer",
                // intake, and the case's own staff; no one supervises the running case yet, so
                // any supervisor who reaches it may (400: the badge exists nowhere)
                Set.of("intake", "supervisor", "supervisor2"),
                u ->
                    caseApi(
                        api(u)
                            .postJson(
                                "complaints/" + running + "/allegations/" + allegation + "/officer",
                                "{\"badgeNumber\": \"NO-SUCH-BADGE\", \"reason\": \"matriz\"}"),
                        400)),
            new Check(
                "POST /api/complaints/{reference}/allegations/{allegation}/unit",
                Set.of("intake", "supervisor", "supervisor2"),
                u ->
                    caseApi(
                        api(u)
                            .postJson(
                                "complaints/" + running + "/allegations/" + allegation + "/unit",
                                "{\"unitCode\": \"NO-SUCH-UNIT\", \"reason\": \"matriz\"}"),
                        400)),
            new Check(
                "POST /api/complaints/{reference}/corrections",
                // the case's staff, as for every amendment (400: no reason given)
                Set.of("intake", "supervisor", "supervisor2"),
                u ->
                    caseApi(
                        api(u)
                            .postJson(
                                "complaints/" + running + "/corrections",
                                "{\"place\": \"matriz\"}"),
                        400)),
            new Check(
                "POST /api/complaints/{reference}/allegations",
                Set.of("intake", "supervisor", "supervisor2"),
                u ->
                    caseApi(
                        api(u)
                            .postJson(
                                "complaints/" + running + "/allegations",
                                "{\"categoryCode\": \"NO_SUCH_CATEGORY\", \"reason\": \"matriz\"}"),
                        400)),
            new Check(
                "POST /api/complaints/{reference}/allegations/{allegation}/withdrawal",
                Set.of("intake", "supervisor", "supervisor2"),
                u ->
                    caseApi(
                        api(u)
                            .postJson(
                                "complaints/"
                                    + running
                                    + "/allegations/"
                                    + allegation
                                    + "/withdrawal",
                                "{\"reason\": \"\"}"),
                        400)),
            new Check(
                "GET /api/complaints/{reference}/links",
                CASE_READERS,
                u -> api(api(u).get("complaints/" + reference + "/links"), 200)),
            new Check(
                "POST /api/complaints/{reference}/links",
                // the case's staff, as for amendments (400: the other complaint exists nowhere)
                Set.of("intake", "supervisor", "supervisor2"),
                u ->
                    caseApi(
                        api(u)
                            .postJson(
                                "complaints/" + running + "/links",
                                "{\"reference\": \"VE-1999-000001\", \"kind\": \"SAME_INCIDENT\","
                                    + " \"reason\": \"matriz\"}"),
                        400)),
            new Check(
                "POST /api/complaints/{reference}/merge",
                // supervisors only
                Set.of("supervisor", "supervisor2"),
                u ->
                    caseApi(
                        api(u)
                            .postJson(
                                "complaints/" + running + "/merge",
                                "{\"into\": \"VE-1999-000001\", \"reason\": \"matriz\"}"),
                        400)),
            new Check(
                "PUT /api/complaints/{reference}/sealing",
                // a supervisor of the sealed-cases unit
                Set.of("supervisor"),
                u ->
                    caseApi(
                        api(u)
                            .put(
                                "complaints/" + running + "/sealing",
                                "{\"sealed\": false, \"reason\": \"matriz de autorizaciones\"}"),
                        200)),
            new Check(
                "GET /api/search/similar/{reference}",
                CASE_READERS,
                u -> api(api(u).get("search/similar/" + reference + "?size=1"), 200)),
            new Check(
                "GET /api/search/reindex",
                Set.of("admin"),
                u -> api(api(u).get("search/reindex"), 200)),
            new Check("POST /api/search/reindex", Set.of("admin"), u -> reindex(u)),
            new Check(
                "GET /api/tasks/{id}", supervisors, u -> api(api(u).get("tasks/" + triage), 200)),
            new Check(
                "POST /api/tasks/{id}/claim",
                supervisors,
                u -> {
                  Answer answer =
                      api(api(u).post("tasks/" + triage + "/claim", "application/json", ""), 200);
                  if (answer == Answer.ALLOWED) {
                    api(u).post("tasks/" + triage + "/unclaim", "application/json", "");
                  }
                  return answer;
                }),
            new Check(
                "POST /api/tasks/{id}/unclaim",
                // only the holder gives a task back: each supervisor claims it first
                supervisors,
                u -> {
                  if (supervisors.contains(u)) {
                    api(u).post("tasks/" + triage + "/claim", "application/json", "");
                  }
                  return api(
                      api(u).post("tasks/" + triage + "/unclaim", "application/json", ""), 200);
                }),
            new Check(
                "POST /api/tasks/{id}/complete",
                // the task's queue may complete it; an empty form is refused field by field (400)
                supervisors,
                u -> api(api(u).postJson("tasks/" + triage + "/complete", "{}"), 400)),
            new Check(
                "GET /api/imports/{id}",
                Set.of("admin"),
                u -> api(api(u).get("imports/999999999"), 404)),
            new Check(
                "GET /api/imports/{id}/findings",
                Set.of("admin"),
                u -> api(api(u).get("imports/999999999/findings"), 404)),
            new Check(
                "GET /api/imports/mappings/{name}",
                Set.of("admin"),
                u -> api(api(u).get("imports/mappings/no-such-mapping"), 404)),
            new Check(
                "POST /api/imports",
                Set.of("admin"),
                u ->
                    api(
                        api(u).post("imports", "multipart/form-data; boundary=b", "--b--\r\n"),
                        400)),
            // administration: refused field by field (400) when allowed, so nothing changes here
            new Check(
                "GET /api/admin/accounts",
                Set.of("admin"),
                u -> api(api(u).get("admin/accounts"), 200)),
            new Check(
                "GET /api/admin/accounts/{username}",
                Set.of("admin"),
                u -> api(api(u).get("admin/accounts/intake"), 200)),
            new Check(
                "POST /api/admin/accounts",
                Set.of("admin"),
                u -> api(api(u).postJson("admin/accounts", "{}"), 400)),
            new Check(
                "PATCH /api/admin/accounts/{username}",
                Set.of("admin"),
                u -> api(api(u).patch("admin/accounts/intake", "{\"displayName\": \" \"}"), 400)),
            new Check(
                "POST /api/admin/accounts/{username}/password",
                Set.of("admin"),
                u -> api(api(u).postJson("admin/accounts/nobody-here/password", ""), 404)),
            new Check(
                "POST /api/admin/territories",
                Set.of("admin"),
                u -> api(api(u).postJson("admin/territories", "{}"), 400)),
            new Check(
                "PATCH /api/admin/territories/{code}",
                Set.of("admin"),
                u -> api(api(u).patch("admin/territories/NOPE", "{\"name\": \"x\"}"), 404)),
            new Check(
                "POST /api/admin/units",
                Set.of("admin"),
                u -> api(api(u).postJson("admin/units", "{}"), 400)),
            new Check(
                "PATCH /api/admin/units/{code}",
                Set.of("admin"),
                u -> api(api(u).patch("admin/units/NOPE", "{\"name\": \"x\"}"), 404)),
            new Check(
                "POST /api/admin/units/{code}/closing",
                Set.of("admin"),
                u -> api(api(u).postJson("admin/units/NOPE/closing", ""), 404)),
            new Check(
                "POST /api/admin/categories",
                Set.of("admin"),
                u -> api(api(u).postJson("admin/categories", "{}"), 400)),
            new Check(
                "PATCH /api/admin/categories/{code}",
                Set.of("admin"),
                u -> api(api(u).patch("admin/categories/NOPE", "{}"), 404)),
            new Check(
                "POST /api/admin/categories/{code}/retirement",
                Set.of("admin"),
                u -> api(api(u).postJson("admin/categories/NOPE/retirement", ""), 404)),
            new Check(
                "POST /api/admin/categories/{code}/restoration",
                Set.of("admin"),
                u -> api(api(u).postJson("admin/categories/NOPE/restoration", ""), 404)),
            new Check(
                "PUT /api/account/password",
                // every signed-in user changes their own; a wrong current password is refused
                EVERYONE,
                u -> api(api(u).put("account/password", "{}"), 400)),
            new Check(
                "GET /api/open-data/{name}",
                Set.copyOf(CALLERS),
                u -> api(api(u).get("open-data/allegations-by-year-and-group"), 200)),
            new Check(
                "GET /api/reports/indicators",
                EVERYONE,
                u -> api(api(u).get("reports/indicators"), 200)),
            new Check(
                "GET /api/reports/networks/graphml",
                REPORT_READERS,
                u -> api(api(u).get("reports/networks/graphml?top=1"), 200)),
            new Check(
                "GET /api/reports/quarterly/{id}",
                REPORT_READERS,
                u -> api(api(u).get("reports/quarterly/no-such-report"), 404)),
            new Check(
                "GET /api/reports/quarterly/{id}/pdf",
                REPORT_READERS,
                u -> api(api(u).get("reports/quarterly/no-such-report/pdf"), 404)),
            new Check(
                "POST /api/public/complaints",
                // open to everyone; an empty filing is refused field by field
                Set.copyOf(CALLERS),
                u -> api(api(u).postJson("public/complaints", "{}"), 400)),
            new Check(
                "POST /api/public/follow",
                Set.copyOf(CALLERS),
                u ->
                    api(
                        api(u)
                            .postJson(
                                "public/follow",
                                "{\"reference\": \"VE-1999-000001\", \"passphrase\": \"aaaa-bbbb-cccc-dddd\"}"),
                        404)),
            new Check(
                "POST /api/public/follow/information",
                Set.copyOf(CALLERS),
                u ->
                    api(
                        api(u)
                            .postJson(
                                "public/follow/information",
                                "{\"reference\": \"VE-1999-000001\", \"passphrase\":"
                                    + " \"aaaa-bbbb-cccc-dddd\", \"text\": \"Algo mas.\"}"),
                        404)),
            new Check(
                "POST /api/public/follow/board-review",
                Set.copyOf(CALLERS),
                u ->
                    api(
                        api(u)
                            .postJson(
                                "public/follow/board-review",
                                "{\"reference\": \"VE-1999-000001\", \"passphrase\":"
                                    + " \"aaaa-bbbb-cccc-dddd\", \"text\": \"Revisen.\"}"),
                        404)),
            new Check("page /index.xhtml", EVERYONE, u -> page(u, "index.xhtml")),
            new Check(
                "page /error.xhtml",
                Set.copyOf(CALLERS),
                u -> page(u, "error.xhtml", "error-message")),
            new Check(
                "page /not-found.xhtml",
                Set.copyOf(CALLERS),
                u -> page(u, "not-found.xhtml", "not-found-message")),
            new Check("page /login.xhtml", Set.copyOf(CALLERS), u -> loginPage(u)),
            new Check(
                "page /intake/register.xhtml", REGISTRARS, u -> page(u, "intake/register.xhtml")),
            new Check(
                "page /tasks/task-form.xhtml",
                supervisors,
                // the form of a task not in the caller's queue is not shown, a message says why
                u -> page(u, "tasks/task-form.xhtml?task=" + triage, running))));

    // every deployed endpoint and page has a row, and every row names one that is deployed
    Set<String> deployed = new TreeSet<>(Deployed.endpoints());
    deployed.addAll(Deployed.pages());
    Set<String> covered = new TreeSet<>();
    checks.forEach(c -> covered.add(c.covers()));
    Set<String> withoutRow = new TreeSet<>(deployed);
    withoutRow.removeAll(covered);
    Set<String> notDeployed = new TreeSet<>(covered);
    notDeployed.removeAll(deployed);
    assertThat(withoutRow).as("deployed endpoints and pages without a row in the matrix").isEmpty();
    assertThat(notDeployed).as("rows of the matrix naming nothing deployed").isEmpty();

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
