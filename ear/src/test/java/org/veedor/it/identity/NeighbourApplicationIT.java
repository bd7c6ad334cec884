package org.veedor.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.identity.neighbour.NeighbourServlet;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/**
 * Veedor deployed into a server that already runs another application which signs its users in
 * through the server's default security domain: that application keeps its own users, and Veedor's
 * users and realm reach only Veedor.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NeighbourApplicationIT {

  private static final String NEIGHBOUR_USER = "neighbour";
  private static final String NEIGHBOUR_PASSWORD = "Neighbour-2026!";
  private static final URI NEIGHBOUR_PAGE = URI.create("http://127.0.0.1:8080/neighbour/hello");

  @Deployment(name = "veedor", testable = false, order = 1)
  static EnterpriseArchive veedor() {
    return Deployments.veedor();
  }

  @Deployment(name = "neighbour", testable = false, order = 2)
  static WebArchive neighbour() {
    return ShrinkWrap.create(WebArchive.class, "neighbour.war")
        .addClass(NeighbourServlet.class)
        .setWebXML(
            new StringAsset(
                """
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <servlet>
                    <servlet-name>hello</servlet-name>
                    <servlet-class>org.veedor.it.identity.neighbour.NeighbourServlet</servlet-class>
                  </servlet>
                  <servlet-mapping>
                    <servlet-name>hello</servlet-name>
                    <url-pattern>/hello</url-pattern>
                  </servlet-mapping>
                  <security-constraint>
                    <web-resource-collection>
                      <web-resource-name>hello</web-resource-name>
                      <url-pattern>/hello</url-pattern>
                    </web-resource-collection>
                    <auth-constraint><role-name>friends</role-name></auth-constraint>
                  </security-constraint>
                  <login-config><auth-method>BASIC</auth-method><realm-name>Neighbour</realm-name></login-config>
                  <security-role><role-name>friends</role-name></security-role>
                </web-app>
                """));
  }

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldLeaveTheServersDefaultSecurityDomainToOtherApplications() throws IOException {
    assertThat(securityDomainOf("undertow", "other")).isEqualTo("ApplicationDomain");
    assertThat(securityDomainOf("ejb3", "other")).isEqualTo("ApplicationDomain");
    assertThat(securityDomainOf("undertow", "veedor")).isEqualTo("VeedorDomain");
    assertThat(securityDomainOf("ejb3", "veedor")).isEqualTo("VeedorDomain");
  }

  @Test
  void shouldSignTheNeighboursUsersInThroughItsOwnRealmAndRefuseVeedors() throws Exception {
    addNeighbourUser();

    assertThat(neighbourPage(NEIGHBOUR_USER, NEIGHBOUR_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(neighbourPage(NEIGHBOUR_USER, NEIGHBOUR_PASSWORD).body())
        .isEqualTo("hello " + NEIGHBOUR_USER);
    assertThat(neighbourPage("admin", Api.DEMO_PASSWORD).statusCode()).isEqualTo(401);
    assertThat(neighbourPage("investigator", Api.DEMO_PASSWORD).statusCode()).isEqualTo(401);

    assertThat(Api.as(NEIGHBOUR_USER, NEIGHBOUR_PASSWORD).get("units").status()).isEqualTo(401);
    assertThat(Api.as("investigator").get("units").status()).isEqualTo(200);
  }

  private HttpResponse<String> neighbourPage(String user, String password)
      throws IOException, InterruptedException {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(NEIGHBOUR_PAGE)
            .header("Authorization", "Basic " + credentials)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** As the neighbour's operator would: the server's add-user script, then the realm reloaded. */
  private void addNeighbourUser() throws IOException, InterruptedException {
    Path home = Path.of(System.getProperty("jboss.home"));
    Process addUser =
        new ProcessBuilder(
                home.resolve("bin/add-user.sh").toString(),
                "-a",
                "-s",
                "-u",
                NEIGHBOUR_USER,
                "-p",
                NEIGHBOUR_PASSWORD,
                "-g",
                "friends")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(addUser.waitFor(60, TimeUnit.SECONDS)).isTrue();
    ModelNode load =
        Operations.createOperation(
            "load",
            Operations.createAddress(
                "subsystem", "elytron", "properties-realm", "ApplicationRealm"));
    ModelNode result = execute(load);
    assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
  }

  /** The server's management interface, as its operator's CLI reaches it. */
  private static ModelNode execute(ModelNode operation) throws IOException {
    try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1", 9990)) {
      return client.execute(operation);
    }
  }

  private String securityDomainOf(String subsystem, String name) throws IOException {
    ModelNode read =
        Operations.createReadAttributeOperation(
            Operations.createAddress("subsystem", subsystem, "application-security-domain", name),
            "security-domain");
    ModelNode result = execute(read);
    assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
    return Operations.readResult(result).asString();
  }
}
