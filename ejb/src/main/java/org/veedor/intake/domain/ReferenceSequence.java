package org.veedor.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last serial handed out in a year. A registration locks the row, takes the next serial and
 * commits it with the complaint: a rolled-back registration gives its serial back, so the numbers
 * have no gaps.
 */
@Entity
@Table(name = "reference_sequence")
public class ReferenceSequence {

  @Id
  @Column(name = "reference_year")
  private int year;

  @Column(name = "last_serial", nullable = false)
  private int lastSerial;

  protected ReferenceSequence() {}

  public ReferenceSequence(int year) {
    this.year = year;
  }

  public ReferenceNumber next() {
    if (lastSerial >= ReferenceNumber.MAX_SERIAL) {
      throw new IllegalStateException("reference numbers of " + year + " are exhausted");
    }
    lastSerial++;
    return new ReferenceNumber(year, lastSerial);
  }

  public int year() {
    return year;
  }

  public int lastSerial() {
    return lastSerial;
  }
}
