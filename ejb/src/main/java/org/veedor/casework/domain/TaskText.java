package org.veedor.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One text a person wrote while working a case: a field of a task's form (the supervisor's reasons
 * for returning findings) or the reason given with a case event. Written once, never changed.
 */
@Entity
@Table(name = "task_text")
public class TaskText {

  public static final int MAX_BODY = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private long complaintId;

  @Column(name = "step_key", nullable = false, length = 80)
  private String stepKey;

  @Column(name = "step_name", nullable = false, length = 200)
  private String stepName;

  @Column(nullable = false, length = 40)
  private String field;

  @Column(nullable = false, length = MAX_BODY)
  private String body;

  @Column(name = "written_by", nullable = false, length = 60)
  private String writtenBy;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected TaskText() {}

  /**
   * @param stepKey the task's key in the model ({@code ReviewFindingsTask}) or the event's name
   * @param stepName the task's or event's name as people read it
   * @param field the form's field ({@code comments}, {@code summary}, {@code reason})
   */
  public TaskText(
      long complaintId,
      String stepKey,
      String stepName,
      String field,
      String body,
      String writtenBy,
      Instant writtenAt) {
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("a kept text is not blank");
    }
    if (body.length() > MAX_BODY) {
      throw new IllegalArgumentException("a kept text is at most " + MAX_BODY + " characters");
    }
    this.complaintId = complaintId;
    this.stepKey = Objects.requireNonNull(stepKey, "step key");
    this.stepName = stepName == null || stepName.isBlank() ? stepKey : truncate(stepName, 200);
    this.field = Objects.requireNonNull(field, "field");
    this.body = body.strip();
    this.writtenBy = Objects.requireNonNull(writtenBy, "written by");
    this.writtenAt = Objects.requireNonNull(writtenAt, "written at");
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  public Long id() {
    return id;
  }

  public long complaintId() {
    return complaintId;
  }

  public String stepKey() {
    return stepKey;
  }

  public String stepName() {
    return stepName;
  }

  public String field() {
    return field;
  }

  public String body() {
    return body;
  }

  public String writtenBy() {
    return writtenBy;
  }

  public Instant writtenAt() {
    return writtenAt;
  }
}
