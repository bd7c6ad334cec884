package org.veedor.history.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One import of an export: where it stands, and what it has done so far. */
@Entity
@Table(name = "import_run")
public class ImportRun {

  /** Where a run stands. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  /** What a running import is doing. */
  public enum Phase {
    IMPORTING,
    LIFECYCLES,
    FINISHED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "source_system", nullable = false, length = 60)
  private String sourceSystem;

  @Column(name = "mapping_name", nullable = false, length = 200)
  private String mappingName;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private State state;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 30)
  private Phase phase;

  @Column(name = "started_by", nullable = false, length = 60)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "rows_read", nullable = false)
  private int rowsRead;

  @Column(name = "rows_merged", nullable = false)
  private int rowsMerged;

  @Column(name = "complaints_total", nullable = false)
  private int complaintsTotal;

  @Column(name = "complaints_done", nullable = false)
  private int complaintsDone;

  @Column(name = "complaints_created", nullable = false)
  private int complaintsCreated;

  @Column(name = "complaints_unchanged", nullable = false)
  private int complaintsUnchanged;

  @Column(name = "complaints_conflicting", nullable = false)
  private int complaintsConflicting;

  @Column(name = "allegations_created", nullable = false)
  private int allegationsCreated;

  @Column(name = "complainants_created", nullable = false)
  private int complainantsCreated;

  @Column(name = "officers_created", nullable = false)
  private int officersCreated;

  @Column(name = "rows_rejected", nullable = false)
  private int rowsRejected;

  @Column(name = "lifecycles_started", nullable = false)
  private int lifecyclesStarted;

  @Column(length = 2000)
  private String failure;

  @Column(nullable = false)
  private int resumptions;

  @Version private long version;

  protected ImportRun() {}

  public ImportRun(
      String sourceSystem,
      String mappingName,
      String startedBy,
      Instant startedAt,
      int rowsRead,
      int rowsMerged,
      int complaintsTotal,
      int rowsRejected) {
    this.sourceSystem = Objects.requireNonNull(sourceSystem, "source system");
    this.mappingName = Objects.requireNonNull(mappingName, "mapping name");
    this.startedBy = Objects.requireNonNull(startedBy, "started by");
    this.startedAt = Objects.requireNonNull(startedAt, "started at");
    this.rowsRead = rowsRead;
    this.rowsMerged = rowsMerged;
    this.complaintsTotal = complaintsTotal;
    this.rowsRejected = rowsRejected;
    this.state = State.RUNNING;
    this.phase = Phase.IMPORTING;
  }

  /** A batch of complaints was written. */
  public void batchDone(
      int complaints,
      int created,
      int unchanged,
      int conflicting,
      int allegations,
      int complainants,
      int officers,
      int rejected) {
    complaintsDone += complaints;
    complaintsCreated += created;
    complaintsUnchanged += unchanged;
    complaintsConflicting += conflicting;
    allegationsCreated += allegations;
    complainantsCreated += complainants;
    officersCreated += officers;
    rowsRejected += rejected;
  }

  public void placingLifecycles() {
    phase = Phase.LIFECYCLES;
  }

  public void lifecycleStarted() {
    lifecyclesStarted++;
  }

  /** A restart cut the run short; it goes on from the last batch it committed. */
  public void resumed() {
    resumptions++;
  }

  public void finish(Instant at) {
    state = State.DONE;
    phase = Phase.FINISHED;
    finishedAt = at;
  }

  public void fail(Instant at, String reason) {
    state = State.FAILED;
    phase = Phase.FINISHED;
    finishedAt = at;
    failure =
        reason == null ? "failed" : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
  }

  public Long id() {
    return id;
  }

  public String sourceSystem() {
    return sourceSystem;
  }

  public String mappingName() {
    return mappingName;
  }

  public State state() {
    return state;
  }

  public Phase phase() {
    return phase;
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public int rowsRead() {
    return rowsRead;
  }

  public int rowsMerged() {
    return rowsMerged;
  }

  public int complaintsTotal() {
    return complaintsTotal;
  }

  public int complaintsDone() {
    return complaintsDone;
  }

  public int complaintsCreated() {
    return complaintsCreated;
  }

  public int complaintsUnchanged() {
    return complaintsUnchanged;
  }

  public int complaintsConflicting() {
    return complaintsConflicting;
  }

  public int allegationsCreated() {
    return allegationsCreated;
  }

  public int complainantsCreated() {
    return complainantsCreated;
  }

  public int officersCreated() {
    return officersCreated;
  }

  public int rowsRejected() {
    return rowsRejected;
  }

  public int lifecyclesStarted() {
    return lifecyclesStarted;
  }

  public String failure() {
    return failure;
  }

  public int resumptions() {
    return resumptions;
  }
}
