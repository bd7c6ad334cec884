package org.veedor.platform.protection;

/** Stored personal data that cannot be decrypted: the wrong key, or a value changed at rest. */
public class PersonalDataUnreadableException extends RuntimeException {

  public PersonalDataUnreadableException(String message) {
    super(message);
  }
}
