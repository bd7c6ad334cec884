package org.veedor.intake.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.CaseFacts;
import org.veedor.officers.domain.Assignment;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.Territory;
import org.veedor.officers.domain.Unit;

/**
 * A complaint against one or more police officers: what happened, where and when, who reported it
 * (or that they stayed anonymous), and one allegation per officer and category.
 */
@Entity
@Table(name = "complaint")
@NamedQuery(
    name = "Complaint.findByReference",
    query = "select c from Complaint c where c.referenceNumber = :reference")
public class Complaint {

  public static final int MAX_NARRATIVE = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
  @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
  private Long id;

  @Convert(converter = ReferenceNumberConverter.class)
  @Column(name = "reference_number", nullable = false, length = 20, updatable = false)
  private ReferenceNumber referenceNumber;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 30)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 30)
  private ComplaintStatus status;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  /**
   * The zone the complaint's calendar days are read in: the deployment's when it was registered
   * here, the source system's when it was imported.
   */
  @Column(name = "record_zone", nullable = false, length = 40, updatable = false)
  private String recordZone;

  /** The calendar day of receipt in {@link #recordZone}: what periods and ranges count by. */
  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  /** The calendar day of closure in {@link #recordZone}; durations are days between the two. */
  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "incident_date")
  private LocalDate incidentDate;

  @Column(length = 500)
  private String place;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "territory_id")
  private Territory territory;

  @Column(nullable = false, length = MAX_NARRATIVE)
  private String narrative;

  @Column(name = "narrative_language", length = 8)
  private String narrativeLanguage;

  @Embedded private Complainant complainant;

  @Column(name = "organized_crime_link", nullable = false)
  private boolean organizedCrimeLink;

  @Column(name = "injury_reported", nullable = false)
  private boolean injuryReported;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "assigned_investigator", length = 60)
  private String assignedInvestigator;

  @Column(name = "assigned_supervisor", length = 60)
  private String assignedSupervisor;

  @Column(name = "officer_description", length = 500)
  private String officerDescription;

  @Column(name = "triage_track", length = 30)
  private String triageTrack;

  @Column(name = "triage_priority", length = 10)
  private String triagePriority;

  @Column(name = "triage_override_reason", length = 2000)
  private String triageOverrideReason;

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Allegation> allegations = new ArrayList<>();

  @Embedded private SourceRecord source;

  @Column(name = "deadline_days")
  private Integer deadlineDays;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  /** The case this one was merged into as a duplicate; null for a case of its own. */
  @Column(name = "merged_into_id")
  private Long mergedIntoId;

  /** The language the complainant is written to in (en, es, pt); null when none was noted. */
  @Column(name = "complainant_language", length = 8)
  private String complainantLanguage;

  /**
   * Whether the case is sealed: by the access policy's rule, or by a decision that overrides it.
   */
  @Column(nullable = false)
  private boolean sealed;

  /** A decision to seal (true) or unseal (false) against the rule; null while the rule decides. */
  @Column(name = "sealing_decision")
  private Boolean sealingDecision;

  @Column(name = "sealing_reason", length = 2000)
  private String sealingReason;

  @Version private long version;

  protected Complaint() {}

  /**
   * Registers a complaint that passed the completeness check.
   *
   * @param zone the zone of the complaint's calendar days (receipt, closure), in which "today" is
   *     judged to refuse incidents dated in the future
   */
  public Complaint(
      ReferenceNumber referenceNumber,
      Channel channel,
      Instant receivedAt,
      ZoneId zone,
      Incident incident,
      String narrative,
      Complainant complainant) {
    this.referenceNumber = Objects.requireNonNull(referenceNumber, "reference number");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.receivedAt = Objects.requireNonNull(receivedAt, "received at");
    this.recordZone = Objects.requireNonNull(zone, "zone").getId();
    this.receivedOn = receivedAt.atZone(zone).toLocalDate();
    Objects.requireNonNull(incident, "incident");
    if (incident.date() != null && incident.date().isAfter(receivedAt.atZone(zone).toLocalDate())) {
      throw new IllegalArgumentException("the incident cannot be dated after the complaint");
    }
    if (narrative == null || narrative.isBlank()) {
      throw new IllegalArgumentException("a complaint needs a narrative");
    }
    if (narrative.length() > MAX_NARRATIVE) {
      throw new IllegalArgumentException("the narrative is longer than " + MAX_NARRATIVE);
    }
    this.incidentDate = incident.date();
    this.place = incident.place();
    this.territory = incident.territory();
    this.organizedCrimeLink = incident.organizedCrimeLink();
    this.injuryReported = incident.injuryReported();
    this.narrative = narrative.strip();
    this.complainant = complainant == null ? Complainant.anonymous() : complainant;
    this.status = ComplaintStatus.RECEIVED;
  }

  /**
   * The lifecycle moved the complaint to another stage; returns the stage it left. Only the
   * lifecycle workflow calls this, so status and process cannot disagree.
   */
  public ComplaintStatus enter(ComplaintStatus next) {
    ComplaintStatus previous = status;
    status = Objects.requireNonNull(next, "status");
    if (next != ComplaintStatus.CLOSED) {
      closedAt = null;
      closedOn = null;
    }
    return previous;
  }

  /**
   * The complaint came from another system's export: where it came from, under which key, and a
   * digest of the source rows, so that importing the same export again finds it unchanged.
   */
  public void importedFrom(SourceRecord source) {
    if (this.source != null && this.source.system() != null) {
      throw new IllegalStateException("complaint " + referenceNumber + " is already imported");
    }
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Where an imported complaint came from, if it was imported. */
  public Optional<SourceRecord> source() {
    return source == null || source.system() == null ? Optional.empty() : Optional.of(source);
  }

  /** The lifecycle closed the complaint. */
  public void close(Instant at) {
    status = ComplaintStatus.CLOSED;
    closedAt = Objects.requireNonNull(at, "closed at");
    closedOn = at.atZone(zone()).toLocalDate();
  }

  /**
   * This complaint duplicates another, which goes on: it closes here, and its reference opens the
   * other from now on.
   *
   * @throws IllegalArgumentException when merged into itself, or into a case itself merged
   */
  public void mergeInto(Complaint survivor, Instant at) {
    if (survivor == this || survivor.id().equals(id)) {
      throw new IllegalArgumentException("a complaint is not its own duplicate");
    }
    if (survivor.mergedIntoId != null) {
      throw new IllegalArgumentException("the surviving case was itself merged");
    }
    if (mergedIntoId != null) {
      throw new IllegalArgumentException("already merged");
    }
    mergedIntoId = survivor.id();
    if (status != ComplaintStatus.CLOSED) {
      close(at);
    }
  }

  /** The case this one was merged into, or null. */
  public Long mergedIntoId() {
    return mergedIntoId;
  }

  /** The supervisor's confirmed (or overridden) triage. */
  public void triage(String track, String priority, String overrideReason) {
    this.triageTrack = Objects.requireNonNull(track, "track");
    this.triagePriority = Objects.requireNonNull(priority, "priority");
    this.triageOverrideReason = overrideReason;
  }

  /** The investigation deadline (days from receipt) the supervisor confirmed at triage. */
  public void setInvestigationDeadline(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("a deadline is at least one day");
    }
    this.deadlineDays = days;
  }

  public Integer deadlineDays() {
    return deadlineDays;
  }

  /** The complainant withdrew (the first time counts; serious allegations go on regardless). */
  public void recordWithdrawal(Instant at) {
    if (withdrawnAt == null) {
      withdrawnAt = Objects.requireNonNull(at, "withdrawn at");
    }
  }

  public Instant withdrawnAt() {
    return withdrawnAt;
  }

  /** Who works the case: its investigator and the supervisor who reviews the findings. */
  public void assignTo(String investigator, String supervisor) {
    this.assignedInvestigator = Objects.requireNonNull(investigator, "investigator");
    this.assignedSupervisor = Objects.requireNonNull(supervisor, "supervisor");
  }

  /** How a member of the public described the officer, when they knew no badge number. */
  public void describeOfficer(String description) {
    this.officerDescription =
        description == null || description.isBlank() ? null : description.strip();
  }

  public String officerDescription() {
    return officerDescription;
  }

  public String triageTrack() {
    return triageTrack;
  }

  public String triagePriority() {
    return triagePriority;
  }

  /**
   * Alleges misconduct of a category against an officer (if known), in the unit they served in on
   * the incident date; when the officer is unknown, the unit named by the complainant.
   */
  /**
   * An allegation as another system recorded it, imported: its category may have been retired since
   * (or be the catch-all for codes that map onto none), so only its presence is checked.
   */
  public Allegation allegeAsRecorded(AllegationCategory category, Officer officer, Unit unit) {
    Allegation allegation =
        new Allegation(this, Objects.requireNonNull(category, "category"), officer, unit);
    allegations.add(allegation);
    applySealing();
    return allegation;
  }

  public Allegation allege(AllegationCategory category, Officer officer, Unit namedUnit) {
    Objects.requireNonNull(category, "category");
    if (!category.isActive()) {
      throw new IllegalArgumentException("category " + category.code() + " is no longer in use");
    }
    Unit unit = namedUnit;
    if (officer != null && incidentDate != null) {
      unit = officer.unitOn(incidentDate).orElse(namedUnit);
    }
    Allegation allegation = new Allegation(this, category, officer, unit);
    allegations.add(allegation);
    applySealing();
    return allegation;
  }

  /**
   * Names the officer an allegation was about, once identified (a member of the public described
   * them; the investigation found who it was): the unit becomes the officer's unit on the incident
   * date when known. The sealing rule runs again, as for any allegation.
   */
  public void identifyOfficer(Allegation allegation, Officer officer) {
    if (!allegations.contains(allegation)) {
      throw new IllegalArgumentException("the allegation is not this complaint's");
    }
    Objects.requireNonNull(officer, "officer");
    Unit unit = allegation.unit();
    if (incidentDate != null) {
      unit = officer.unitOn(incidentDate).orElse(unit);
    }
    allegation.attributeTo(officer, unit);
    applySealing();
  }

  /** Places an allegation whose officer is not known in a unit (intake completes a filing). */
  public void locate(Allegation allegation, Unit unit) {
    if (!allegations.contains(allegation)) {
      throw new IllegalArgumentException("the allegation is not this complaint's");
    }
    allegation.attributeTo(allegation.officer(), Objects.requireNonNull(unit, "unit"));
    applySealing();
  }

  /** Whether allegations may still be added or withdrawn: no finding has been proposed yet. */
  public boolean beforeFindings() {
    return status.compareTo(ComplaintStatus.FINDINGS_REVIEW) < 0
        && allegations.stream().noneMatch(a -> a.proposedDisposition() != null);
  }

  /**
   * Corrects what is known of the incident (its day, place, territory, the link to organized crime,
   * an injury); the sealing rule runs again. The complainant's narrative is their statement and is
   * never rewritten: what it got wrong is corrected here, with a reason kept on the case.
   */
  public void correct(Incident incident) {
    if (incident.date() != null && incident.date().isAfter(receivedOn)) {
      throw new IllegalArgumentException("the incident cannot be dated after the complaint");
    }
    this.incidentDate = incident.date();
    this.place = incident.place() == null || incident.place().isBlank() ? null : incident.place();
    this.territory = incident.territory();
    this.organizedCrimeLink = incident.organizedCrimeLink();
    this.injuryReported = incident.injuryReported();
    applySealing();
  }

  /** What is known of the incident now. */
  public Incident incident() {
    return new Incident(incidentDate, place, territory, organizedCrimeLink, injuryReported);
  }

  /**
   * Withdraws an allegation before findings (it was registered in error, or the complainant took it
   * back); the last allegation stays, as a complaint alleges something.
   */
  public void withdraw(Allegation allegation) {
    if (!allegations.contains(allegation)) {
      throw new IllegalArgumentException("the allegation is not this complaint's");
    }
    if (allegations.size() == 1) {
      throw new IllegalStateException("a complaint keeps at least one allegation");
    }
    if (!beforeFindings()) {
      throw new IllegalStateException("allegations are withdrawn before findings only");
    }
    allegations.remove(allegation);
    applySealing();
  }

  /**
   * Seals or unseals the case against the sealing rule, for a reason (a decision of the
   * sealed-cases unit); returns whether the case was sealed before.
   */
  public boolean decideSealing(boolean seal, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a decision to seal or unseal needs a reason");
    }
    boolean before = sealed;
    sealingDecision = seal;
    sealingReason = reason.strip();
    applySealing();
    return before;
  }

  /** Whether the case is sealed: counted in every aggregate, read by the sealed-cases unit only. */
  public boolean isSealed() {
    return sealed;
  }

  /** The reason of the decision that sealed or unsealed the case against the rule, if any. */
  public Optional<String> sealingReason() {
    return sealingDecision == null ? Optional.empty() : Optional.of(sealingReason);
  }

  /** What the access policy looks at in this case. */
  public CaseFacts accessFacts() {
    Set<Long> officers = new HashSet<>();
    Set<Long> units = new HashSet<>();
    Set<Long> unitsNow = new HashSet<>();
    for (Allegation allegation : allegations) {
      if (allegation.unit() != null) {
        units.add(allegation.unit().id());
      }
      Officer officer = allegation.officer();
      if (officer != null) {
        officers.add(officer.id());
        officer.assignments().stream()
            .filter(Assignment::isCurrent)
            .forEach(a -> unitsNow.add(a.unit().id()));
      }
    }
    return new CaseFacts(
        officers,
        units,
        unitsNow,
        sealed,
        status == ComplaintStatus.CLOSED,
        assignedInvestigator,
        assignedSupervisor);
  }

  /** The sealing rule over the allegations, unless a decision overrides it. */
  private void applySealing() {
    if (sealingDecision != null) {
      sealed = sealingDecision;
      return;
    }
    boolean corruption =
        allegations.stream().anyMatch(a -> a.category().group() == CategoryGroup.CORRUPTION);
    sealed = AccessPolicy.sealedByRule(organizedCrimeLink, corruption);
  }

  public Long id() {
    return id;
  }

  public ReferenceNumber referenceNumber() {
    return referenceNumber;
  }

  public Channel channel() {
    return channel;
  }

  public ComplaintStatus status() {
    return status;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public LocalDate incidentDate() {
    return incidentDate;
  }

  public String place() {
    return place;
  }

  public Territory territory() {
    return territory;
  }

  public String narrative() {
    return narrative;
  }

  /** Notes the language the complainant is written to in: en, es or pt (others are ignored). */
  public void writeToComplainantIn(String language) {
    if (language != null && java.util.Set.of("en", "es", "pt").contains(language.strip())) {
      complainantLanguage = language.strip();
    }
  }

  /**
   * The language of letters to the complainant: the one noted, else the narrative's, else Spanish,
   * the language of most of the region's complainants.
   */
  public String letterLanguage() {
    if (complainantLanguage != null) {
      return complainantLanguage;
    }
    if (narrativeLanguage != null
        && java.util.Set.of("en", "es", "pt").contains(narrativeLanguage)) {
      return narrativeLanguage;
    }
    return "es";
  }

  public String narrativeLanguage() {
    return narrativeLanguage;
  }

  public void describeLanguage(String languageTag) {
    this.narrativeLanguage = languageTag;
  }

  public Complainant complainant() {
    return complainant;
  }

  /**
   * Removes the complainant's personal data from a case closed before {@code closedBefore}; the
   * case, its allegations and findings stay for the statistics. False when the case is not closed,
   * closed too recently, or holds no personal data.
   */
  public boolean removePersonalDataIfClosedBefore(Instant closedBefore, Instant now) {
    if (status != ComplaintStatus.CLOSED || closedAt == null || !closedAt.isBefore(closedBefore)) {
      return false;
    }
    if (complainant.isAnonymous() || complainant.personalDataRemovedAt() != null) {
      return false;
    }
    complainant = complainant.withoutPersonalData(now);
    return true;
  }

  public boolean hasOrganizedCrimeLink() {
    return organizedCrimeLink;
  }

  public boolean isInjuryReported() {
    return injuryReported;
  }

  public Instant closedAt() {
    return closedAt;
  }

  /** The zone the complaint's calendar days are read in. */
  public ZoneId zone() {
    return ZoneId.of(recordZone);
  }

  /** The calendar day of receipt, in the complaint's zone. */
  public LocalDate receivedOn() {
    return receivedOn;
  }

  /** The calendar day of closure, in the complaint's zone; null while open. */
  public LocalDate closedOn() {
    return closedOn;
  }

  public String assignedInvestigator() {
    return assignedInvestigator;
  }

  public String assignedSupervisor() {
    return assignedSupervisor;
  }

  /** Whether the user works this case, as its investigator or its supervisor. */
  public boolean isWorkedBy(String username) {
    return username != null
        && (username.equals(assignedInvestigator) || username.equals(assignedSupervisor));
  }

  public List<Allegation> allegations() {
    return Collections.unmodifiableList(allegations);
  }

  public long version() {
    return version;
  }

  /** Where and when it happened, as the complainant tells it. Any part may be unknown. */
  public record Incident(
      LocalDate date,
      String place,
      Territory territory,
      boolean organizedCrimeLink,
      boolean injuryReported) {}
}
