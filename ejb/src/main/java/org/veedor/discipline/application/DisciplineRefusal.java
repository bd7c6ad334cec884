package org.veedor.discipline.application;

import org.veedor.platform.MessageKey;

/** Why a sanction's task refuses its form, as message keys. */
public enum DisciplineRefusal implements MessageKey {
  /** {0}, {1}: the least and the greatest sanction recommended. */
  OUTSIDE_RANGE("discipline.refusal.outsideRange"),
  SUSPENSION_NEEDS_DAYS("discipline.refusal.suspensionNeedsDays");

  private final String key;

  DisciplineRefusal(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
