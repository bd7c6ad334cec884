package org.veedor.history.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.veedor.platform.settings.PlatformSettings;

/**
 * The files of a running import, kept under the data folder ({@code imports/<run>/}) from the
 * moment it is accepted until it ends, so that an import a restart cut short goes on with the very
 * files it was given. Staged first under a name of its own and moved into place in one step once
 * the run exists; removed when the run ends either way (they may hold complainants' data).
 */
@ApplicationScoped
public class ImportUploads {

  private static final String MAPPING = "mapping.json";
  private static final String PREFIX = "file-"; // then the role, URL-encoded: one safe name

  @Inject PlatformSettings platform;

  ImportUploads() {}

  /** With settings of one's own (unit tests). */
  ImportUploads(PlatformSettings platform) {
    this.platform = platform;
  }

  /** An import's mapping and files, as they were uploaded. */
  public record Kept(String mappingJson, Map<String, byte[]> files) {}

  /**
   * Writes the mapping and the files under a staging name.
   *
   * @return the staging folder, for {@link #keep}
   * @throws UncheckedIOException when the data folder cannot take them
   */
  public Path stage(String mappingJson, Map<String, byte[]> files) {
    Path staged = root().resolve("staged-" + UUID.randomUUID());
    try {
      Files.createDirectories(staged);
      Files.writeString(staged.resolve(MAPPING), mappingJson, StandardCharsets.UTF_8);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Files.write(
            staged.resolve(
                PREFIX + URLEncoder.encode(file.getKey(), StandardCharsets.UTF_8) + ".csv"),
            file.getValue());
      }
      return staged;
    } catch (IOException e) {
      remove(staged);
      throw new UncheckedIOException("the uploaded files could not be kept", e);
    }
  }

  /** The staged files become the run's. */
  public void keep(Path staged, long runId) {
    try {
      Files.move(staged, folder(runId), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      remove(staged);
      throw new UncheckedIOException("the uploaded files could not be kept", e);
    }
  }

  /** The run's files, if they are kept. */
  public Optional<Kept> read(long runId) {
    Path folder = folder(runId);
    if (!Files.isRegularFile(folder.resolve(MAPPING))) {
      return Optional.empty();
    }
    try (DirectoryStream<Path> csv = Files.newDirectoryStream(folder, PREFIX + "*.csv")) {
      Map<String, byte[]> files = new LinkedHashMap<>();
      for (Path file : csv) {
        String name = file.getFileName().toString();
        String role = name.substring(PREFIX.length(), name.length() - ".csv".length());
        files.put(URLDecoder.decode(role, StandardCharsets.UTF_8), Files.readAllBytes(file));
      }
      return Optional.of(
          new Kept(Files.readString(folder.resolve(MAPPING), StandardCharsets.UTF_8), files));
    } catch (IOException e) {
      throw new UncheckedIOException("the files of import " + runId + " could not be read", e);
    }
  }

  /** Removes the run's files. */
  public void discard(long runId) {
    remove(folder(runId));
  }

  /** Removes staged files that no run took. */
  public void discard(Path staged) {
    if (!staged.startsWith(root()) || !staged.getFileName().toString().startsWith("staged-")) {
      throw new IllegalArgumentException("not a staging folder: " + staged);
    }
    remove(staged);
  }

  private static void remove(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove " + folder, e);
    }
  }

  private Path folder(long runId) {
    return root().resolve(Long.toString(runId));
  }

  private Path root() {
    return platform.dataFolder("imports");
  }
}
