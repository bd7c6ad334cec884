package org.veedor.casefile.domain;

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

/**
 * A document received for a complaint. Its bytes are in the file store under their SHA-256, which
 * is recorded here when the file is received and checked on every download.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

  /** Extracted text beyond this many characters is cut. */
  public static final int MAX_TEXT = 1_000_000;

  /** A failing extraction is tried this many times before it is left as failed. */
  public static final int MAX_ATTEMPTS = 3;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false, updatable = false)
  private long complaintId;

  @Column(nullable = false, length = 64, updatable = false)
  private String sha256;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "media_type", nullable = false, length = 120, updatable = false)
  private String mediaType;

  @Column(name = "file_name", nullable = false, length = 255, updatable = false)
  private String fileName;

  @Column(name = "added_by", nullable = false, length = 60, updatable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "extraction_state", nullable = false, length = 20)
  private ExtractionState extractionState;

  @Column(name = "extraction_attempts", nullable = false)
  private int extractionAttempts;

  @Column(name = "extraction_reason", length = 2000)
  private String extractionReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "extraction_code", length = 30)
  private ExtractionReason extractionCode;

  @Column(name = "extracted_at")
  private Instant extractedAt;

  @Column(name = "extracted_text", length = MAX_TEXT)
  private String extractedText;

  @Column(name = "text_language", length = 8)
  private String textLanguage;

  /** Whether the file identifies the complainant (a statement, a scanned form). */
  @Column(name = "identifies_complainant", nullable = false)
  private boolean identifiesComplainant;

  @Version private long version;

  protected CaseFile() {}

  public CaseFile(
      long complaintId,
      String sha256,
      long sizeBytes,
      String mediaType,
      String fileName,
      String addedBy,
      Instant addedAt,
      boolean identifiesComplainant) {
    this.complaintId = complaintId;
    this.sha256 = Objects.requireNonNull(sha256);
    this.sizeBytes = sizeBytes;
    this.mediaType = Objects.requireNonNull(mediaType);
    this.fileName = Objects.requireNonNull(fileName);
    this.addedBy = Objects.requireNonNull(addedBy);
    this.addedAt = Objects.requireNonNull(addedAt);
    this.extractionState = ExtractionState.PENDING;
    this.identifiesComplainant = identifiesComplainant;
  }

  /** Marks whether the file identifies the complainant; returns whether it did before. */
  public boolean markIdentifying(boolean identifies) {
    boolean before = identifiesComplainant;
    identifiesComplainant = identifies;
    return before;
  }

  public boolean identifiesComplainant() {
    return identifiesComplainant;
  }

  /** The text was read; cut at {@link #MAX_TEXT} characters. */
  public void extracted(String text, String language, String note, Instant at) {
    extractionAttempts++;
    extractionCode = note == null ? null : ExtractionReason.TEXT_CUT;
    extractionState = ExtractionState.DONE;
    extractedText = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    textLanguage = language;
    extractionReason = note;
    extractedAt = at;
  }

  /**
   * The extraction failed; a reason that may pass is retried until {@link #MAX_ATTEMPTS}.
   *
   * @param code the cause, one for each (whether it is for good decides whether it is retried)
   * @param reason what the parser or guard said, for the custody log and the administrator
   */
  public void extractionFailed(ExtractionReason code, String reason, Instant at) {
    boolean final_ = code.forGood();
    extractionAttempts++;
    extractionCode = code;
    extractionReason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    extractedAt = at;
    extractionState =
        final_ || extractionAttempts >= MAX_ATTEMPTS
            ? ExtractionState.REFUSED
            : ExtractionState.FAILED;
  }

  public Long id() {
    return id;
  }

  public long complaintId() {
    return complaintId;
  }

  public String sha256() {
    return sha256;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String mediaType() {
    return mediaType;
  }

  public String fileName() {
    return fileName;
  }

  public String addedBy() {
    return addedBy;
  }

  public Instant addedAt() {
    return addedAt;
  }

  public ExtractionState extractionState() {
    return extractionState;
  }

  public int extractionAttempts() {
    return extractionAttempts;
  }

  /** The cause of a failed or partial extraction, one code for one cause; null when none. */
  public ExtractionReason extractionCode() {
    return extractionCode;
  }

  public String extractionReason() {
    return extractionReason;
  }

  public Instant extractedAt() {
    return extractedAt;
  }

  public String extractedText() {
    return extractedText;
  }

  public String textLanguage() {
    return textLanguage;
  }
}
