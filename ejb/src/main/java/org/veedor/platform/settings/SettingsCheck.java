package org.veedor.platform.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads every context's settings when the application starts, before the schema is migrated ({@code
 * SchemaMigration} depends on this bean): a wrong value stops the deployment with a message that
 * names each wrong setting, its variable and its value, rather than failing the first request that
 * needs it.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SettingsCheck {

  private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

  @Inject @Any Instance<ContextSettings> settings;

  @Inject PlatformSettings platform;

  @PostConstruct
  void checkEverySetting() {
    int checked = check(settings);
    LOG.info(() -> "settings checked: " + checked + " contexts");
    warnOfTheEarlierDataFolder();
  }

  /**
   * The data folder's default moved from {@code data} in the working folder to {@code veedor} in
   * the server's data directory: an install that relied on the earlier default would start on an
   * empty folder, so say so loudly when the earlier one holds Veedor's data and the new one does
   * not.
   */
  private void warnOfTheEarlierDataFolder() {
    if (platform.configuredDataDir().isPresent()) {
      return;
    }
    java.nio.file.Path earlier = java.nio.file.Path.of("data").toAbsolutePath();
    java.nio.file.Path now = platform.dataFolder("");
    boolean earlierHoldsData =
        java.nio.file.Files.isDirectory(earlier.resolve("files"))
            || java.nio.file.Files.isDirectory(earlier.resolve("h2"));
    if (earlierHoldsData
        && !earlier.equals(now.toAbsolutePath())
        && !java.nio.file.Files.exists(now)) {
      LOG.severe(
          "The data folder's default is now "
              + now
              + " (it was ./data); "
              + earlier
              + " holds Veedor's data: set VEEDOR_DATA_DIR="
              + earlier
              + " to keep using it");
    }
  }

  /**
   * Checks each context's settings.
   *
   * @return how many contexts were checked
   * @throws IllegalStateException naming every wrong setting, one per context at most
   */
  static int check(Iterable<? extends ContextSettings> all) {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (ContextSettings context : all) {
      try {
        context.check();
      } catch (InvalidSettingException e) {
        LOG.severe(e.getMessage());
        wrong.add(e.getMessage());
      }
      checked++;
    }
    if (!wrong.isEmpty()) {
      throw new IllegalStateException(
          "Veedor does not start, "
              + (wrong.size() == 1 ? "a setting is wrong: " : "settings are wrong: ")
              + String.join("; ", wrong));
    }
    return checked;
  }
}
