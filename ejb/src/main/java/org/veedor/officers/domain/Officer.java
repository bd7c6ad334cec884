package org.veedor.officers.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A police officer, known by badge number, with the history of units served in. */
@Entity
@Table(name = "officer")
@NamedQuery(
    name = "Officer.findByBadge",
    query = "select o from Officer o where o.badgeNumber = :badge")
public class Officer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "officer_seq")
  @SequenceGenerator(name = "officer_seq", sequenceName = "officer_seq", allocationSize = 50)
  private Long id;

  @Column(name = "badge_number", nullable = false, length = 20)
  private String badgeNumber;

  @Column(name = "given_names", nullable = false, length = 120)
  private String givenNames;

  @Column(name = "family_names", nullable = false, length = 120)
  private String familyNames;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "officer_rank", nullable = false, length = 20)
  private Rank rank;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private OfficerStatus status;

  @OneToMany(mappedBy = "officer", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("startDate")
  private List<Assignment> assignments = new ArrayList<>();

  @Column(name = "source_system", length = 60)
  private String sourceSystem;

  @Column(name = "source_key", length = 300)
  private String sourceKey;

  @Version private long version;

  protected Officer() {}

  public Officer(
      BadgeNumber badgeNumber,
      String givenNames,
      String familyNames,
      Rank rank,
      OfficerStatus status) {
    this.badgeNumber = Objects.requireNonNull(badgeNumber, "badge number").value();
    this.givenNames = requireName(givenNames, "given names");
    this.familyNames = requireName(familyNames, "family names");
    this.rank = Objects.requireNonNull(rank, "rank");
    this.status = Objects.requireNonNull(status, "status");
  }

  private static String requireName(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(what + " are required");
    }
    String stripped = name.strip().replaceAll("\\s+", " ");
    if (stripped.length() > 120) {
      throw new IllegalArgumentException(what + " are longer than 120 characters");
    }
    return stripped;
  }

  /**
   * Posts the officer to a unit from a date on; the current posting ends the day before. Posting
   * again to the current unit changes nothing, so a re-imported registry adds no history.
   *
   * @return whether the history changed
   */
  public boolean assignTo(Unit unit, LocalDate from) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(from, "start date");
    Optional<Assignment> current = currentAssignment();
    if (current.isPresent()) {
      Assignment posting = current.get();
      if (posting.unit().code().equals(unit.code())) {
        return false;
      }
      if (!from.isAfter(posting.startDate())) {
        throw new IllegalArgumentException(
            "a new posting must start after the current one (" + posting.startDate() + ")");
      }
      posting.endOn(from.minusDays(1));
    }
    assignments.add(new Assignment(this, unit, from));
    return true;
  }

  /**
   * Updates the personnel record.
   *
   * @return whether anything changed
   */
  public boolean updateRecord(
      String givenNames, String familyNames, Rank rank, OfficerStatus status) {
    String given = requireName(givenNames, "given names");
    String family = requireName(familyNames, "family names");
    boolean changed =
        !given.equals(this.givenNames)
            || !family.equals(this.familyNames)
            || rank != this.rank
            || status != this.status;
    this.givenNames = given;
    this.familyNames = family;
    this.rank = Objects.requireNonNull(rank, "rank");
    this.status = Objects.requireNonNull(status, "status");
    return changed;
  }

  /**
   * The officer came from another system's export, where this key (for example name, birth year and
   * appointment date) identifies them; a second import finds them by it.
   */
  public void importedFrom(String system, String key) {
    if (system == null || system.isBlank() || key == null || key.isBlank() || key.length() > 300) {
      throw new IllegalArgumentException("an imported officer needs a source system and key");
    }
    this.sourceSystem = system;
    this.sourceKey = key;
  }

  /** The unit the officer served in on a date, from the assignment history. */
  public Optional<Unit> unitOn(LocalDate date) {
    return assignments.stream().filter(a -> a.covers(date)).map(Assignment::unit).findFirst();
  }

  public Optional<Assignment> currentAssignment() {
    return assignments.stream().filter(Assignment::isCurrent).findFirst();
  }

  public Long id() {
    return id;
  }

  public BadgeNumber badgeNumber() {
    return new BadgeNumber(badgeNumber);
  }

  public String givenNames() {
    return givenNames;
  }

  public String familyNames() {
    return familyNames;
  }

  public String fullName() {
    return givenNames + " " + familyNames;
  }

  public Rank rank() {
    return rank;
  }

  public OfficerStatus status() {
    return status;
  }

  public List<Assignment> assignments() {
    return Collections.unmodifiableList(assignments);
  }
}
