package org.veedor.platform.settings;

/**
 * A setting whose value cannot be used; the message names the setting by its property and its
 * environment variable, and shows the value (unless it is a secret).
 */
public class InvalidSettingException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String property;

  InvalidSettingException(String property, String message) {
    super(message);
    this.property = property;
  }

  /** The setting's property name, such as {@code veedor.ew.months}. */
  public String property() {
    return property;
  }

  /** The setting's environment variable, such as {@code VEEDOR_EW_MONTHS}. */
  public String variable() {
    return SettingReader.variable(property);
  }
}
