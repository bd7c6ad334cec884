package org.veedor.platform.protection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.veedor.platform.settings.PlatformSettings;

/**
 * Where the key for personal data comes from, in this order: the server property {@code
 * veedor.personal-data.key} or environment variable {@code VEEDOR_PERSONAL_DATA_KEY} (base64 of 32
 * bytes); a file named by {@code veedor.personal-data.key-file} / {@code
 * VEEDOR_PERSONAL_DATA_KEY_FILE}; and on a demonstration server only, a key generated once into the
 * data folder ({@code keys/personal-data.key}, readable by its owner alone). A production server
 * without a key refuses to start rather than store names in clear.
 */
public final class PersonalDataKey {

  private static final Logger LOG = Logger.getLogger(PersonalDataKey.class.getName());
  private static volatile FieldCipher cipher;

  private PersonalDataKey() {}

  /** The cipher for personal data, with the configured key (loaded once). */
  public static FieldCipher cipher() {
    FieldCipher current = cipher;
    if (current == null) {
      synchronized (PersonalDataKey.class) {
        current = cipher;
        if (current == null) {
          current = new FieldCipher(load());
          cipher = current;
        }
      }
    }
    return current;
  }

  /**
   * A pseudonym for an identifier (an officer's badge number in open data): keyed with a key
   * derived from the personal-data key, so that nobody without the key can work back from a
   * pseudonym by trying every badge number, and stable while the key stays.
   */
  public static String pseudonym(String purpose, String identifier) {
    try {
      byte[] purposeKey = derived(purpose);
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(purposeKey, "HmacSHA256"));
      byte[] digest = mac.doFinal(identifier.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 6).toUpperCase(java.util.Locale.ROOT);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A 32-byte key for one purpose, derived from the personal-data key: the same on every node of an
   * install, and kept nowhere (a copy of the database alone does not hold it).
   */
  public static byte[] derived(String purpose) {
    try {
      javax.crypto.Mac derive = javax.crypto.Mac.getInstance("HmacSHA256");
      derive.init(new javax.crypto.spec.SecretKeySpec(load(), "HmacSHA256"));
      return derive.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] load() {
    PlatformSettings settings = PlatformSettings.ofServer();
    Optional<byte[]> inline = settings.personalDataKey();
    if (inline.isPresent()) {
      return inline.get();
    }
    Optional<Path> file = settings.personalDataKeyFile();
    if (file.isPresent()) {
      return read(file.get());
    }
    Optional<Path> dataDir = settings.configuredDataDir();
    if (settings.demo() && dataDir.isPresent()) {
      return demoKey(dataDir.get().resolve("keys").resolve("personal-data.key"));
    }
    throw new IllegalStateException(
        "no key for personal data: set VEEDOR_PERSONAL_DATA_KEY (base64 of 32 random bytes, for"
            + " example from 'openssl rand -base64 32') or VEEDOR_PERSONAL_DATA_KEY_FILE");
  }

  private static byte[] demoKey(Path path) {
    try {
      if (!Files.exists(path)) {
        Files.createDirectories(path.getParent());
        byte[] key = new byte[FieldCipher.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        try {
          Files.createFile(
              path,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(path, Base64.getEncoder().encodeToString(key) + "\n");
          LOG.info(() -> "demonstration server: personal-data key generated at " + path);
        } catch (FileAlreadyExistsException raced) {
          // another start wrote it first: use theirs
        }
      }
      return read(path);
    } catch (IOException e) {
      throw new UncheckedIOException("the demonstration key cannot be written at " + path, e);
    }
  }

  private static byte[] read(Path path) {
    try {
      return decode(Files.readString(path, StandardCharsets.US_ASCII), path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("the personal-data key file cannot be read: " + path, e);
    }
  }

  private static byte[] decode(String base64, String source) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the personal-data key in " + source + " is not base64");
    }
    if (key.length != FieldCipher.KEY_BYTES) {
      throw new IllegalStateException(
          "the personal-data key in "
              + source
              + " has "
              + key.length
              + " bytes; it needs "
              + FieldCipher.KEY_BYTES);
    }
    return key;
  }
}
