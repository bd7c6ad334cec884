package org.veedor.identity.domain;

import java.security.SecureRandom;

/**
 * A password an administrator hands out (or the server prints once for the first administrator):
 * random, 20 characters from an alphabet without look-alikes (about 100 bits), to be typed once and
 * changed at the first sign-in.
 */
public final class OneTimePassword {

  private static final char[] ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
  private static final int LENGTH = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimePassword() {}

  public static char[] generate() {
    char[] password = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      password[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return password;
  }
}
