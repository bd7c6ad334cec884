package org.veedor.it.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.veedor.it.support.Api;
import org.veedor.it.support.Browser;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.Keycloak;

/**
 * An agency that signs its staff in through its own identity provider (Keycloak here): nobody has a
 * password in Veedor, nobody's account is written by hand. The provider's realm names the people
 * and their roles; Veedor makes each account at its first sign-in, takes its roles from the token,
 * and still decides who may work (a disabled account stays out), with every step in the trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityProviderSignInIT {

  @RegisterExtension static final Keycloak KEYCLOAK = new Keycloak();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  /** The provider's administrator (ADMIN and AUDITOR in the realm), with a fresh token. */
  private static Api administrator() {
    return Api.bearer(Keycloak.accessToken("ada.kc", "ada-kc-password"));
  }

  /** The trail's events of a user and type, read by the auditor through the API. */
  private static List<JsonObject> trail(String user, String type) {
    Api.Reply events = administrator().get("audit?user=" + user + "&type=" + type);
    assertThat(events.status()).as(events.body()).isEqualTo(200);
    return events.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** Opens the investigator's inbox, which sends the browser to the provider, and signs in. */
  private static void signInThroughTheProvider(Browser browser) {
    browser.driver.get(Api.BASE + "tasks/task-inbox.xhtml");
    // the provider's own sign-in page, not Veedor's
    browser.wait.until(ExpectedConditions.urlContains("127.0.0.1:8180/realms/veedor"));
    browser.driver.findElement(By.id("username")).sendKeys("ines.kc");
    browser.driver.findElement(By.id("password")).sendKeys("ines-kc-password");
    browser.driver.findElement(By.id("kc-login")).click();

    browser.wait.until(ExpectedConditions.urlContains("/veedor/tasks/task-inbox.xhtml"));
    browser.wait.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "ines.kc"));
    assertThat(browser.driver.findElements(By.id("nav-tasks"))).isNotEmpty();
    assertThat(browser.driver.findElements(By.id("nav-password")))
        .as("no Veedor password to change for a provider's user")
        .isEmpty();
    assertThat(browser.driver.findElements(By.id("nav-accounts"))).isEmpty();
    assertThat(browser.driver.findElement(By.id("page-title")).getText()).isEqualTo("My tasks");

    browser.screenshot("identity provider sign-in");
  }

  @Test
  void shouldSignAnInvestigatorInThroughTheProvidersPageAndMakeTheirAccountAtTheFirstSignIn() {
    assertThat(administrator().get("admin/accounts/ines.kc").status())
        .as("no account before the first sign-in")
        .isEqualTo(404);

    try (Browser browser = new Browser()) {
      signInThroughTheProvider(browser);

      // signing out ends the provider's session too: the next page asks for the password again
      browser.driver.findElement(By.id("session:logout")).click();
      browser.wait.until(ExpectedConditions.urlContains("127.0.0.1:8180/realms/veedor"));
      browser.driver.get(Api.BASE + "tasks/task-inbox.xhtml");
      browser.wait.until(ExpectedConditions.urlContains("127.0.0.1:8180/realms/veedor"));
      assertThat(browser.driver.findElements(By.id("password")))
          .as("the provider's sign-in form, not a silent sign-in")
          .isNotEmpty();
    }

    Api.Reply account = administrator().get("admin/accounts/ines.kc");
    assertThat(account.status()).as(account.body()).isEqualTo(200);
    assertThat(account.json().getString("displayName")).isEqualTo("Inés Quiroga");
    assertThat(account.json().getString("email")).isEqualTo("ines.kc@veedor.test");
    assertThat(account.json().getBoolean("enabled")).isTrue();
    assertThat(account.json().getJsonArray("roles").getValuesAs(JsonString::getString))
        .containsExactly("INVESTIGATOR");
    assertThat(account.json().getBoolean("identityProvider")).isTrue();
    Api.Reply reset = administrator().postJson("admin/accounts/ines.kc/password", "");
    assertThat(reset.status())
        .as("the provider keeps her password: " + reset.body())
        .isEqualTo(409);
    assertThat(reset.json().getString("detail")).contains("identity provider");

    assertThat(trail("ines.kc", "ACCOUNT_CHANGED"))
        .extracting(event -> event.getString("detail"))
        .anyMatch(detail -> detail.startsWith("account created at the first sign-in"));
    assertThat(trail("ines.kc", "PERMISSION_CHANGED"))
        .extracting(event -> event.getString("detail"))
        .contains("roles: [] -> [INVESTIGATOR] (from the identity provider's token)");
    assertThat(trail("ines.kc", "LOGIN_SUCCEEDED"))
        .extracting(event -> event.getString("detail"))
        .contains("signed in through the identity provider");
  }

  @Test
  void shouldServeTheBoardsBearerTokenAndRefuseWhatItsRoleDoesNotAllow() {
    Api board = Api.bearer(Keycloak.accessToken("bruno.kc", "bruno-kc-password"));

    Api.Reply indicators = board.get("reports/indicators");
    assertThat(indicators.status()).as(indicators.body()).isEqualTo(200);
    assertThat(indicators.body()).contains("substantiation");

    Api.Reply accounts = board.get("admin/accounts");
    assertThat(accounts.status()).as("the token has no ADMIN role").isEqualTo(403);
    assertThat(accounts.contentType()).startsWith("application/problem+json");

    assertThat(Api.anonymous().get("reports/indicators").status())
        .as("an API call without a token is answered, not redirected to a sign-in page")
        .isEqualTo(401);

    String otherAudience =
        Keycloak.accessToken("another-application", null, "bruno.kc", "bruno-kc-password");
    assertThat(Api.bearer(otherAudience).get("reports/indicators").status())
        .as("a token the provider issued for another application")
        .isEqualTo(401);

    Api.Reply account = administrator().get("admin/accounts/bruno.kc");
    assertThat(account.status()).as(account.body()).isEqualTo(200);
    assertThat(account.json().getJsonArray("roles").getValuesAs(JsonString::getString))
        .containsExactly("OVERSIGHT_BOARD");

    // every call signs in again with the token; none of them counts as a failed password, so
    // the account is never locked by its own work
    for (int call = 0; call < 8; call++) {
      assertThat(board.get("units").status()).isEqualTo(200);
    }
    assertThat(trail("bruno.kc", "LOGIN_FAILED")).isEmpty();
    assertThat(trail("bruno.kc", "ACCOUNT_LOCKED")).isEmpty();
  }

  @Test
  void shouldKeepOutAProvidersUserWhomVeedorsAdministratorDisabled() throws InterruptedException {
    String token = Keycloak.accessToken("carla.kc", "carla-kc-password");
    assertThat(Api.bearer(token).get("units").status()).isEqualTo(200);

    Api.Reply disabled = administrator().patch("admin/accounts/carla.kc", "{\"enabled\": false}");
    assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);

    // the provider still vouches for her, with the very same token; Veedor refuses the work
    Api.Reply refused = Api.bearer(token).get("units");
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");

    List<JsonObject> refusals = List.of();
    for (int i = 0; i < 20 && refusals.isEmpty(); i++) {
      refusals =
          trail("carla.kc", "LOGIN_FAILED").stream()
              .filter(event -> event.getString("detail").contains("disabled in Veedor"))
              .toList();
      if (refusals.isEmpty()) {
        Thread.sleep(500);
      }
    }
    assertThat(refusals).as("the refusal in the trail").isNotEmpty();
    assertThat(refusals.get(0).getString("outcome")).isEqualTo("DENIED");
  }
}
