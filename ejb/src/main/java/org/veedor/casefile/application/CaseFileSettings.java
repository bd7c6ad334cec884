package org.veedor.casefile.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.veedor.platform.settings.ContextSettings;

/** The limits on case files. */
@ApplicationScoped
public class CaseFileSettings extends ContextSettings {

  public static final String FILES_MAX_MB = "veedor.files.max-mb";

  /** The server's own bound on a request body (configure-server.cli), in MB. */
  static final int SERVER_MAX_MB = 60;

  protected CaseFileSettings() {}

  public CaseFileSettings(Config config) {
    super(config);
  }

  /** The largest file accepted, in MB. */
  public int maxFileMegabytes() {
    return read().number(FILES_MAX_MB, 25, 1, SERVER_MAX_MB);
  }

  /** The largest file accepted, in bytes. */
  public long maxFileBytes() {
    return maxFileMegabytes() * 1024L * 1024L;
  }

  @Override
  public void check() {
    maxFileMegabytes();
  }
}
