package org.veedor.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.veedor.platform.settings.ContextSettings;

/** The thresholds of early warning and the rules of open data. */
@ApplicationScoped
public class ReportingSettings extends ContextSettings {

  public static final String EW_COMPLAINTS = "veedor.ew.complaints";
  public static final String EW_MONTHS = "veedor.ew.months";
  public static final String EW_TOP_PERCENT = "veedor.ew.top-percent";
  public static final String OPEN_DATA_K = "veedor.open-data.k";
  public static final String OPEN_DATA_OFFICERS = "veedor.open-data.officers";

  /** How open data shows the officers it lists. */
  public enum OfficerNames {
    /** By a keyed pseudonym of their badge number. */
    PSEUDONYMOUS,
    /** By name, where the law allows it. */
    NAMED
  }

  protected ReportingSettings() {}

  public ReportingSettings(Config config) {
    super(config);
  }

  /** Complaints within the window that flag an officer. */
  public int earlyWarningComplaints() {
    return read().number(EW_COMPLAINTS, 3, 1, 1000);
  }

  /** The early-warning window, in months. */
  public int earlyWarningMonths() {
    return read().number(EW_MONTHS, 12, 1, 600);
  }

  /** The top share of officers of a rank, by complaints within the window, that is flagged. */
  public int earlyWarningTopPercent() {
    return read().number(EW_TOP_PERCENT, 2, 0, 100);
  }

  /** The least count open data publishes in a cell or total (smaller ones are suppressed). */
  public int openDataK() {
    return read().number(OPEN_DATA_K, 5, 1, 1000);
  }

  public OfficerNames openDataOfficers() {
    return read().choice(OPEN_DATA_OFFICERS, OfficerNames.PSEUDONYMOUS);
  }

  @Override
  public void check() {
    earlyWarningComplaints();
    earlyWarningMonths();
    earlyWarningTopPercent();
    openDataK();
    openDataOfficers();
  }
}
