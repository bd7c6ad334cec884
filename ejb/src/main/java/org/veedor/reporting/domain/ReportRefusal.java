package org.veedor.reporting.domain;

import org.veedor.platform.MessageKey;

/** Why a request for figures or reports is refused, as message keys. */
public enum ReportRefusal implements MessageKey {
  /** {0}: the unit code given. */
  NO_SUCH_UNIT("report.refusal.noSuchUnit"),
  /** {0}: the territory code given. */
  NO_SUCH_TERRITORY("report.refusal.noSuchTerritory"),
  /** {0}: the report's id. */
  PDF_NO_LONGER_KEPT("report.refusal.pdfNoLongerKept"),
  /** {0}: the report's id; {1}: its state, as a message key. */
  NOT_READY("report.refusal.notReady");

  private final String key;

  ReportRefusal(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
