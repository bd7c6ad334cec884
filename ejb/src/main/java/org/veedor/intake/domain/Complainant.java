package org.veedor.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.veedor.platform.protection.PersonalDataConverter;

/**
 * Who complained, or that they chose not to say. An anonymous complainant's record holds no
 * personal data at all; a named complainant's name, e-mail and phone are encrypted at rest (each
 * column holds the sealed form, hence its width), and are removed once the closed case is past
 * retention.
 */
@Embeddable
public class Complainant {

  @Column(name = "complainant_anonymous", nullable = false)
  private boolean anonymous;

  @Convert(converter = PersonalDataConverter.class)
  @Column(name = "complainant_name", length = SEALED_LENGTH)
  private String name;

  @Convert(converter = PersonalDataConverter.class)
  @Column(name = "complainant_email", length = SEALED_LENGTH)
  private String email;

  @Convert(converter = PersonalDataConverter.class)
  @Column(name = "complainant_phone", length = SEALED_LENGTH)
  private String phone;

  /** Room for the sealed form of the longest accepted value (200 characters of UTF-8). */
  static final int SEALED_LENGTH = 1200;

  @Column(name = "complainant_data_removed_at")
  private Instant personalDataRemovedAt;

  protected Complainant() {}

  private Complainant(boolean anonymous, String name, String email, String phone) {
    this.anonymous = anonymous;
    this.name = name;
    this.email = email;
    this.phone = phone;
  }

  public static Complainant anonymous() {
    return new Complainant(true, null, null, null);
  }

  /**
   * A complainant the source system recorded without saying who they are (historical exports carry
   * demographics, not names): not anonymous by choice, and no personal data held.
   */
  public static Complainant notRecorded() {
    return new Complainant(false, null, null, null);
  }

  public static Complainant named(String name, String email, String phone) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a named complainant needs a name");
    }
    return new Complainant(false, name.strip(), blankToNull(email), blankToNull(phone));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * The same complainant with name, e-mail and phone gone, as retention requires; that they were
   * named (not anonymous) stays, for the statistics.
   */
  Complainant withoutPersonalData(Instant removedAt) {
    Complainant stripped = new Complainant(anonymous, null, null, null);
    stripped.personalDataRemovedAt = removedAt;
    return stripped;
  }

  /** When retention removed the personal data, or null while it is kept. */
  public Instant personalDataRemovedAt() {
    return personalDataRemovedAt;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }
}
