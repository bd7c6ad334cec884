package org.veedor.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A quarterly oversight report somebody asked for: the request (with the words of the reader's
 * language, so that it can be built again after a restart), how far its build has come, and how it
 * ended. The PDF itself lives under the data folder.
 */
@Entity
@Table(name = "quarterly_report")
public class QuarterlyReport {

  /** Where a report's build stands. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "report_year", nullable = false)
  private int year;

  @Column(name = "report_quarter", nullable = false)
  private int quarter;

  @Column(length = 40)
  private String territory;

  @Column(nullable = false, length = 100_000)
  private String labels;

  @Column(name = "requested_by", nullable = false, length = 60)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private State state;

  @Column(nullable = false)
  private int progress;

  @Column(length = 2000)
  private String failure;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "pdf_bytes")
  private Long pdfBytes;

  @Column(nullable = false)
  private int resumptions;

  protected QuarterlyReport() {}

  /**
   * A new request.
   *
   * @param labels the report's words in the reader's language, as a JSON object by message key
   */
  public QuarterlyReport(
      String id,
      int year,
      int quarter,
      String territory,
      String labels,
      String requestedBy,
      Instant requestedAt) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter " + quarter);
    }
    this.id = Objects.requireNonNull(id, "id");
    this.year = year;
    this.quarter = quarter;
    this.territory = territory;
    this.labels = Objects.requireNonNull(labels, "labels");
    this.requestedBy = Objects.requireNonNull(requestedBy, "requested by");
    this.requestedAt = Objects.requireNonNull(requestedAt, "requested at");
    this.state = State.RUNNING;
  }

  /** The build came this far (never backwards, never 100 before it is done). */
  public void progress(int percent) {
    if (state == State.RUNNING) {
      progress = Math.max(progress, Math.min(99, Math.max(0, percent)));
    }
  }

  /** The PDF is written, with this many bytes. */
  public void done(Instant at, long bytes) {
    state = State.DONE;
    progress = 100;
    finishedAt = at;
    pdfBytes = bytes;
  }

  public void fail(Instant at, String reason) {
    state = State.FAILED;
    finishedAt = at;
    String why = reason == null ? "failed" : reason;
    failure = why.length() > 2000 ? why.substring(0, 2000) : why;
  }

  /** A restart cut the build short: it starts again from the beginning. */
  public void resumed() {
    resumptions++;
    progress = 0;
  }

  public String id() {
    return id;
  }

  public int year() {
    return year;
  }

  public int quarter() {
    return quarter;
  }

  public String territory() {
    return territory;
  }

  public String labels() {
    return labels;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public State state() {
    return state;
  }

  public int progress() {
    return progress;
  }

  public String failure() {
    return failure;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public Long pdfBytes() {
    return pdfBytes;
  }

  public int resumptions() {
    return resumptions;
  }
}
