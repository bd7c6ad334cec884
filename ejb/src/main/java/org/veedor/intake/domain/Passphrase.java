package org.veedor.intake.domain;

import java.security.SecureRandom;

/**
 * The passphrase of a public receipt: four groups of four characters from an alphabet without
 * look-alikes (no 0/o, 1/l/i), about 79 bits, easy to copy by hand and impossible to guess.
 */
public final class Passphrase {

  private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passphrase() {}

  public static String generate() {
    StringBuilder passphrase = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        passphrase.append('-');
      }
      passphrase.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return passphrase.toString();
  }

  /** As people type it: spaces, dashes and case do not matter. */
  public static String normalize(String typed) {
    if (typed == null) {
      return "";
    }
    String letters = typed.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    StringBuilder normalized = new StringBuilder(19);
    for (int i = 0; i < letters.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        normalized.append('-');
      }
      normalized.append(letters.charAt(i));
    }
    return normalized.toString();
  }
}
