package org.veedor.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who complained, or that they chose not to say. An anonymous complainant's record holds no
 * personal data at all.
 */
@Embeddable
public class Complainant {

  @Column(name = "complainant_anonymous", nullable = false)
  private boolean anonymous;

  @Column(name = "complainant_name", length = 200)
  private String name;

  @Column(name = "complainant_email", length = 254)
  private String email;

  @Column(name = "complainant_phone", length = 40)
  private String phone;

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

  public static Complainant named(String name, String email, String phone) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a named complainant needs a name");
    }
    return new Complainant(false, name.strip(), blankToNull(email), blankToNull(phone));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
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
