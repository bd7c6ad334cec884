package org.veedor.officers.domain;

import java.util.regex.Pattern;

/** Codes of units and territories: short, upper case, safe inside a tree path. */
public final class Codes {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

  private Codes() {}

  /** Whether the text is written as a code. */
  public static boolean isCode(String text) {
    return text != null && CODE.matcher(text).matches();
  }

  static String require(String code, String what) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          what + " must be 1 to 40 upper-case letters, digits, '-' or '_': " + code);
    }
    return code;
  }
}
