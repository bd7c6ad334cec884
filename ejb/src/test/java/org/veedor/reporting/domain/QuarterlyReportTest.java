package org.veedor.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuarterlyReportTest {

  private static final Instant ASKED = Instant.parse("2026-04-02T09:00:00Z");

  private static QuarterlyReport report() {
    return new QuarterlyReport(
        "0b5d6c9e-1f7a-4a53-9a43-6f1c1e0d2b11", 2026, 1, null, "{}", "board", ASKED);
  }

  @Test
  void shouldShowProgressThatNeverGoesBackNorReachesAHundredBeforeThePdfIsWritten() {
    QuarterlyReport report = report();
    report.progress(40);
    report.progress(30);
    assertThat(report.progress()).isEqualTo(40);
    report.progress(100);
    assertThat(report.progress()).isEqualTo(99);
    assertThat(report.state()).isEqualTo(QuarterlyReport.State.RUNNING);

    report.done(ASKED.plusSeconds(5), 12_345);
    assertThat(report.state()).isEqualTo(QuarterlyReport.State.DONE);
    assertThat(report.progress()).isEqualTo(100);
    assertThat(report.pdfBytes()).isEqualTo(12_345L);
    report.progress(10);
    assertThat(report.progress()).as("a finished report's progress stays").isEqualTo(100);
  }

  @Test
  void shouldStartAgainFromNothingWhenARestartCutItShort() {
    QuarterlyReport report = report();
    report.progress(70);
    report.resumed();
    assertThat(report.progress()).isZero();
    assertThat(report.resumptions()).isEqualTo(1);
    assertThat(report.state()).isEqualTo(QuarterlyReport.State.RUNNING);
  }

  @Test
  void shouldKeepAFailuresReasonWithinItsColumn() {
    QuarterlyReport report = report();
    report.fail(ASKED, "x".repeat(3000));
    assertThat(report.state()).isEqualTo(QuarterlyReport.State.FAILED);
    assertThat(report.failure()).hasSize(2000);
  }

  @Test
  void shouldRefuseAQuarterThatDoesNotExist() {
    assertThatThrownBy(() -> new QuarterlyReport("id", 2026, 5, null, "{}", "board", ASKED))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
