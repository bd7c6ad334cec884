package org.veedor.identity.domain;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password kept as PBKDF2-HMAC-SHA-256 with a random salt: exactly the "salted password" of
 * SCRAM-SHA-256, which the server's Elytron realm verifies at login (its {@code scram-mapper}).
 */
public record PasswordDigest(String digest, String salt, int iterations) {

  /** Enough to make guessing slow, few enough that a BASIC-authenticated API call stays quick. */
  public static final int ITERATIONS = 120_000;

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
    PasswordDigest candidate = of(password, Base64.getDecoder().decode(salt), iterations);
    return java.security.MessageDigest.isEqual(
        Base64.getDecoder().decode(digest), Base64.getDecoder().decode(candidate.digest));
  }
}
