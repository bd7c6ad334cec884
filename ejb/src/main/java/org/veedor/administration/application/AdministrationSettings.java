package org.veedor.administration.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.veedor.identity.domain.AppUser;
import org.veedor.platform.settings.ContextSettings;

/** Who becomes the first administrator of a new install. */
@ApplicationScoped
public class AdministrationSettings extends ContextSettings {

  public static final String BOOTSTRAP_ADMIN = "veedor.bootstrap.admin";

  private static final Pattern USERNAME = Pattern.compile(AppUser.USERNAME_PATTERN);

  protected AdministrationSettings() {}

  public AdministrationSettings(Config config) {
    super(config);
  }

  /**
   * The user name of the first administrator, created at a start when no enabled administrator
   * exists; empty when none is asked for.
   */
  public Optional<String> bootstrapAdmin() {
    return read()
        .matching(
            BOOTSTRAP_ADMIN,
            USERNAME,
            "a user name: 2 to 60 lower-case letters, digits, '.', '_', '@' or '-'");
  }

  @Override
  public void check() {
    bootstrapAdmin();
  }
}
