package org.veedor.identity.domain;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password (or a receipt's passphrase) kept as PBKDF2-HMAC-SHA-256 with a random salt, verified
 * at sign-in by the server's realm (Veedor's server module, {@code AccountRealm}), which replaces a
 * digest of fewer iterations at the account's next successful sign-in.
 */
public record PasswordDigest(String digest, String salt, int iterations) {

  /**
   * The digest of an account that signs in through the identity provider (made by the server's
   * realm at the first sign-in): no password matches it.
   */
  public static final String NO_PASSWORD = "-";

  /**
   * OWASP's figure for PBKDF2-HMAC-SHA-256 (2023). A quarter of a second per digest here; HTTP
   * Basic stays quick because the realm remembers a verified password for a few minutes.
   */
  public static final int ITERATIONS = 600_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  public static PasswordDigest of(char[] password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return of(password, salt, ITERATIONS);
  }

  static PasswordDigest of(char[] password, byte[] salt, int iterations) {
    if (password == null || password.length == 0) {
      throw new IllegalArgumentException("a password is required");
    }
    try {
      PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
      byte[] digest =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      spec.clearPassword();
      Base64.Encoder base64 = Base64.getEncoder();
      return new PasswordDigest(
          base64.encodeToString(digest), base64.encodeToString(salt), iterations);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    }
  }

  public boolean matches(char[] password) {
    if (NO_PASSWORD.equals(digest)) {
      return false;
    }
    PasswordDigest candidate = of(password, Base64.getDecoder().decode(salt), iterations);
    return java.security.MessageDigest.isEqual(
        Base64.getDecoder().decode(digest), Base64.getDecoder().decode(candidate.digest));
  }
}
