package org.veedor.it.support;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The deployments of the tests, built in one place: the EAR that the build produced, exactly as it
 * ships, and for in-container tests the test packages added to its EJB module, beside the services
 * they exercise.
 */
public final class Deployments {

  private static final String EJB_MODULE = "veedor-ejb.jar";

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
    ear.addAsModule(ejb);
    ear.addAsLibraries(libraryOf(org.assertj.core.api.Assertions.class));
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
