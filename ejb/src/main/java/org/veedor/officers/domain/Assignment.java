package org.veedor.officers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** An officer's posting to a unit, from a start date to an end date (open while current). */
@Entity
@Table(name = "assignment")
public class Assignment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
  @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id", nullable = false)
  private Officer officer;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  protected Assignment() {}

  Assignment(Officer officer, Unit unit, LocalDate startDate) {
    this.officer = Objects.requireNonNull(officer, "officer");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.startDate = Objects.requireNonNull(startDate, "start date");
  }

  void endOn(LocalDate lastDay) {
    if (lastDay.isBefore(startDate)) {
      throw new IllegalArgumentException("an assignment cannot end before it starts");
    }
    this.endDate = lastDay;
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
  }

  public boolean isCurrent() {
    return endDate == null;
  }

  public Unit unit() {
    return unit;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }
}
