package org.veedor.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.veedor.platform.settings.PlatformSettings;

/**
 * The data folder, and each folder in it that Veedor writes case files, import uploads and reports
 * into, takes a new file: a full disk, a read-only mount or a folder replaced by something else
 * makes the server unready before an upload is lost.
 */
@ApplicationScoped
public class DataFolderProbe implements Probe {

  /** The folders under the data folder that receive what users hand in or ask for. */
  static final List<String> WRITTEN = List.of("files", "imports", "reports");

  @Inject PlatformSettings settings;

  @Override
  public String name() {
    return "data-folder";
  }

  @Override
  public Optional<String> trouble() {
    return Optional.ofNullable(refusedFolder(settings.dataFolder("")));
  }

  /** The first folder that takes no file and why, or null when all do. */
  static String refusedFolder(Path root) {
    if (!probe(root)) {
      return root + " takes no new file";
    }
    for (String name : WRITTEN) {
      Path folder = root.resolve(name);
      if (Files.exists(folder) && !probe(folder)) {
        return folder + " takes no new file";
      }
    }
    return null;
  }

  private static boolean probe(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try {
      Path probe = Files.createTempFile(folder, ".health-", ".probe");
      Files.delete(probe);
      return true;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }
}
