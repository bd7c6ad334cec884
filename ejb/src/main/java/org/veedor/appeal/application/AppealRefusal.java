package org.veedor.appeal.application;

import org.veedor.platform.MessageKey;

/** Why an appeal's task refuses its form, as message keys. */
public enum AppealRefusal implements MessageKey {
  NAME_REPLACEMENT("appeal.refusal.nameReplacement"),
  SUSPENSION_NEEDS_DAYS("appeal.refusal.suspensionNeedsDays");

  private final String key;

  AppealRefusal(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
