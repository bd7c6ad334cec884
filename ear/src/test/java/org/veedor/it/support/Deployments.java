package org.veedor.it.support;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the tests, built in one place: the EAR that the build produced, exactly as it
 * ships, and for in-container tests the test packages added to its EJB module, beside the services
 * they exercise.
 */
public final class Deployments {

  private static final String EJB_MODULE = "veedor-ejb.jar";
  private static final String WEB_MODULE = "veedor-web.war";
  private static final String RUNNER_OPEN =
      """
      <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
        <name>arquillian_runner_open</name>
        <security-constraint>
          <web-resource-collection>
            <web-resource-name>arquillian runner</web-resource-name>
            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
            <url-pattern>/ArquillianServletRunner</url-pattern>
          </web-resource-collection>
        </security-constraint>
      </web-fragment>
      """;

  private Deployments() {}

  /** The application as it ships, for black-box tests through HTTP. */
  public static EnterpriseArchive veedor() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File("target/veedor.ear"));
  }

  /** The application with the given test packages inside its EJB module. */
  public static EnterpriseArchive veedorWithTests(String... testPackages) {
    EnterpriseArchive ear = veedor();
    JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODULE);
    ear.delete(EJB_MODULE);
    ejb.addPackages(true, testPackages);
    ejb.addClass(Deployments.class);
    ejb.addClasses(Api.class, Api.Reply.class, Officers.class, Casework.class);
    ejb.addPackage("org.veedor.it.support.identity");
    ear.addAsModule(ejb);
    ear.addAsLibraries(libraryOf(org.assertj.core.api.Assertions.class));
    // Arquillian reaches in-container tests through a servlet it adds to the web module; every
    // path of that module needs a login, so a web fragment opens the runner's path (tests only)
    WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
    ear.delete(WEB_MODULE);
    web.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
            .addAsManifestResource(new StringAsset(RUNNER_OPEN), "web-fragment.xml"));
    ear.addAsModule(web);
    return ear;
  }

  private static File libraryOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
