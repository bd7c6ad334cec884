package org.veedor.reporting.application;

import java.util.List;

/** The dashboards and the indicators each shows, in the order they are shown. */
public enum Dashboard {
  /**
   * Police command: volume and rate, units side by side, volume by category, corruption,
   * concentration, the officers named most.
   */
  LEADERSHIP(
      "leadership",
      List.of(
          Indicator.VOLUME,
          Indicator.UNIT_COMPARISON,
          Indicator.CATEGORY_VOLUME,
          Indicator.CORRUPTION,
          Indicator.CONCENTRATION,
          Indicator.OFFICERS)),
  /**
   * The civilian board: outcomes, time, consistency, appeals, volume by category, trust and the
   * records' quality.
   */
  OVERSIGHT(
      "oversight",
      List.of(
          Indicator.SUBSTANTIATION,
          Indicator.FINDINGS,
          Indicator.DISPOSITION_TIME,
          Indicator.SANCTION_CONSISTENCY,
          Indicator.APPEAL_REVERSAL,
          Indicator.CATEGORY_VOLUME,
          Indicator.TRUST,
          Indicator.DATA_QUALITY));

  private final String id;
  private final List<Indicator> indicators;

  Dashboard(String id, List<Indicator> indicators) {
    this.id = id;
    this.indicators = indicators;
  }

  /** The id pages and links use ({@code ?board=leadership}). */
  public String id() {
    return id;
  }

  public List<Indicator> indicators() {
    return indicators;
  }
}
