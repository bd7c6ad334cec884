package org.veedor.casefile.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.veedor.casefile.domain.FileTooLargeException;
import org.veedor.platform.settings.PlatformSettings;

/**
 * Files kept by their SHA-256 under the data folder ({@code files/ab/cd/abcd...}): the same bytes
 * are stored once, and a file's name is its proof. An upload is written to a temporary file while
 * its hash is computed and its size counted, and moved into place only when whole and within the
 * limit.
 */
@ApplicationScoped
public class FileStore {

  @Inject PlatformSettings platform;

  /** A file received and stored. */
  public record Stored(String sha256, long size, Path path) {}

  private Path root() {
    return platform.dataFolder("files");
  }

  /** Reads the stream to its end (or to the limit) and stores what it held. */
  public Stored store(InputStream in, long limit) {
    try {
      Path incoming = Files.createDirectories(root().resolve("incoming"));
      Path temp = Files.createTempFile(incoming, "upload-", ".part");
      try {
        MessageDigest sha = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(temp)) {
          int read;
          while ((read = in.read(buffer)) >= 0) {
            size += read;
            if (size > limit) {
              throw new FileTooLargeException(limit);
            }
            sha.update(buffer, 0, read);
            out.write(buffer, 0, read);
          }
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        Path target = path(hash);
        Files.createDirectories(target.getParent());
        if (!Files.exists(target)) {
          try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
          } catch (FileAlreadyExistsException e) {
            // the same bytes arrived at the same moment: one copy is enough
          }
        }
        return new Stored(hash, size, target);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the file could not be stored", e);
    }
  }

  /** Where the bytes of this hash lie. */
  public Path path(String sha256) {
    return root().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  /** The SHA-256 of what is stored under this hash now, or {@code null} if nothing is. */
  public String hashNow(String sha256) {
    Path path = path(sha256);
    if (!Files.isRegularFile(path)) {
      return null;
    }
    try (InputStream in = Files.newInputStream(path)) {
      MessageDigest sha = sha256();
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = in.read(buffer)) >= 0) {
        sha.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("the stored file could not be read", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
