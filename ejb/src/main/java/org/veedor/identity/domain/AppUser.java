package org.veedor.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A user of Veedor and what ties them to the force: the officer record they are (if any) and the
 * unit they belong to, by id (officers and units are the officers context's; identity sits below
 * it). The password digest is the realm's business and is not mapped here.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

  @Id
  @Column(length = 60)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "officer_id")
  private Long officerId;

  @Column(name = "unit_id")
  private Long unitId;

  @Column(nullable = false)
  private boolean enabled;

  /** Where reminders and escalations reach this user; null when none is known. */
  @Column(length = 254)
  private String email;

  @Version private long version;

  protected AppUser() {}

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  /** The officer record this user is, or null. */
  public Long officerId() {
    return officerId;
  }

  /** The unit this user belongs to, or null. */
  public Long unitId() {
    return unitId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String email() {
    return email;
  }
}
