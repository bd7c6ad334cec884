package org.veedor.it.production;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.ServerRestart;

/**
 * A new agency's install, as its system administrator meets it: an empty PostgreSQL database, no
 * demonstration data, and {@code VEEDOR_BOOTSTRAP_ADMIN} naming the first administrator. Nothing
 * here writes SQL: the first administrator signs in with the password the log printed once, changes
 * it, and sets the install up through the API; the people they create sign in and work.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmptyInstallIT {

  private static final String FIRST_ADMIN = "first.admin";
  private static final Pattern HANDED_OUT =
      Pattern.compile(
          "First administrator "
              + Pattern.quote(FIRST_ADMIN)
              + " created\\. One-time password \\(shown once, to be changed at the first sign-in\\):"
              + " (\\S+)");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @ArquillianResource ManagementClient management;

  private static Path serverLog() {
    return Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
  }

  private static String oneTimePasswordInTheLog() throws IOException {
    Matcher found = HANDED_OUT.matcher(Files.readString(serverLog(), StandardCharsets.UTF_8));
    String password = null;
    while (found.find()) {
      password = found.group(1);
    }
    assertThat(password).as("the first administrator's password in the server log").isNotNull();
    return password;
  }

  /** Signs in with a handed-out password and chooses one; answers the caller with it. */
  private static Api firstSignIn(String username, String handedOut) {
    assertThat(Api.as(username, handedOut).get("units").json().getString("type"))
        .isEqualTo("urn:veedor:problem:password-change-required");
    String chosen = "una frase propia de " + username.replace('.', ' ');
    Api.Reply changed =
        Api.as(username, handedOut)
            .put(
                "account/password",
                "{\"currentPassword\": \""
                    + handedOut
                    + "\", \"newPassword\": \""
                    + chosen
                    + "\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(204);
    return Api.as(username, chosen);
  }

  private static String created(Api.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().containsKey("oneTimePassword")
        ? reply.json().getString("oneTimePassword")
        : null;
  }

  private static List<String> references(Api caller) {
    return caller.get("complaints?size=50").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(c -> c.getString("referenceNumber"))
        .toList();
  }

  private static String register(Api intake, String category, String unit) {
    Api.Reply registered =
        intake.postJson(
            "complaints",
            "{\"channel\": \"WALK_IN\", \"incidentDate\": \"2026-10-02\", \"territoryCode\": \"CAP\","
                + " \"narrative\": \"El agente consultó mis datos sin motivo y los compartió.\","
                + " \"complainant\": {\"anonymous\": true},"
                + " \"allegations\": [{\"categoryCode\": \""
                + category
                + "\", \"unitCode\": \""
                + unit
                + "\"}]}");
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    return registered.json().getString("referenceNumber");
  }

  @Test
  void shouldLetTheFirstAdministratorSetUpAnEmptyInstallWithoutSql() throws IOException {
    assertThat(Api.anonymous().get("units").status()).isEqualTo(401);
    Api admin = firstSignIn(FIRST_ADMIN, oneTimePasswordInTheLog());
    assertThat(admin.get("units").jsonArray()).isEmpty();

    created(admin.postJson("admin/territories", "{\"code\": \"CAP\", \"name\": \"Capital\"}"));
    created(
        admin.postJson(
            "admin/units",
            "{\"code\": \"PN\", \"name\": \"Policía Nacional\", \"level\": \"NATIONAL\","
                + " \"territoryCode\": \"CAP\"}"));
    created(
        admin.postJson(
            "admin/units",
            "{\"code\": \"PN-AI\", \"name\": \"Asuntos Internos\", \"level\": \"SPECIAL_UNIT\","
                + " \"parentCode\": \"PN\", \"territoryCode\": \"CAP\"}"));
    created(
        admin.postJson(
            "admin/units",
            "{\"code\": \"E-CAP-1\", \"name\": \"Estación Centro\", \"level\": \"STATION\","
                + " \"parentCode\": \"PN\", \"territoryCode\": \"CAP\"}"));
    created(
        admin.postJson(
            "admin/categories",
            "{\"code\": \"MISUSE_OF_DATABASES\", \"group\": \"CONDUCT\","
                + " \"nameEn\": \"Misuse of police databases\","
                + " \"nameEs\": \"Uso indebido de bases de datos policiales\","
                + " \"namePt\": \"Uso indevido de bancos de dados policiais\"}"));
    String investigatorPassword =
        created(
            admin.postJson(
                "admin/accounts",
                "{\"username\": \"ines.investigadora\", \"displayName\": \"Inés Investigadora\","
                    + " \"unitCode\": \"PN-AI\", \"roles\": [\"INVESTIGATOR\"]}"));
    String intakePassword =
        created(
            admin.postJson(
                "admin/accounts",
                "{\"username\": \"ivan.recepcion\", \"displayName\": \"Iván Recepción\","
                    + " \"roles\": [\"INTAKE\"]}"));
    String auditorPassword =
        created(
            admin.postJson(
                "admin/accounts",
                "{\"username\": \"ana.auditora\", \"displayName\": \"Ana Auditora\","
                    + " \"roles\": [\"AUDITOR\"]}"));

    Api intake = firstSignIn("ivan.recepcion", intakePassword);
    String elsewhere = register(intake, "MISUSE_OF_DATABASES", "E-CAP-1");
    String ownUnit = register(intake, "BRIBERY", "PN-AI");

    // the investigator works the cases of the install, never one naming their own unit
    Api investigator = firstSignIn("ines.investigadora", investigatorPassword);
    assertThat(references(investigator)).contains(elsewhere).doesNotContain(ownUnit);
    assertThat(investigator.get("complaints/" + ownUnit).status()).isEqualTo(404);
    assertThat(investigator.get("admin/accounts").status()).isEqualTo(403);
    // and the administrator reads no case
    assertThat(admin.get("complaints/" + elsewhere).status()).isIn(403, 404);

    Api auditor = firstSignIn("ana.auditora", auditorPassword);
    List<String> permissions =
        auditor
            .get("audit?type=PERMISSION_CHANGED&object=ines.investigadora")
            .json()
            .getJsonArray("items")
            .stream()
            .map(
                e ->
                    e.asJsonObject().getString("username")
                        + ": "
                        + e.asJsonObject().getString("detail"))
            .toList();
    assertThat(permissions)
        .containsExactly(FIRST_ADMIN + ": roles: [] -> [INVESTIGATOR]; unit: - -> PN-AI");
    assertThat(auditor.get("audit/verify").json().getBoolean("intact")).isTrue();
  }

  @Test
  void shouldPublishTheOpenDataOfAnInstallWithoutComplaintsYet() throws Exception {
    // a new install's public pages and open data: tables without rows, not an error
    for (JsonValue dataset : Api.anonymous().get("open-data").json().getJsonArray("datasets")) {
      String name = dataset.asJsonObject().getString("name");
      Api.Reply table = Api.anonymous().get("open-data/" + name);
      assertThat(table.status()).as(name + ": " + table.body()).isEqualTo(200);
    }
    java.net.http.HttpResponse<String> page =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Api.BASE + "public/transparency.xhtml"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
  }

  @Test
  void shouldCreateNoSecondAdministratorFromTheSettingOnceOneExists() throws Exception {
    long before = Files.size(serverLog());
    ServerRestart.reload(management);
    byte[] log = Files.readAllBytes(serverLog());
    String sinceRestart =
        new String(
            java.util.Arrays.copyOfRange(log, (int) Math.min(before, log.length), log.length),
            StandardCharsets.UTF_8);
    assertThat(sinceRestart).contains("VEEDOR_BOOTSTRAP_ADMIN is set but an administrator exists");
    assertThat(HANDED_OUT.matcher(sinceRestart).find()).isFalse();
  }
}
