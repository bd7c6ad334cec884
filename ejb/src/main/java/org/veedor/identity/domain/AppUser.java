package org.veedor.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.Unit;

/**
 * A user of Veedor and what ties them to the force: the officer record they are (if any) and the
 * unit they belong to. The password digest is the realm's business and is not mapped here.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

  @Id
  @Column(length = 60)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(nullable = false)
  private boolean enabled;

  @Version private long version;

  protected AppUser() {}

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Officer officer() {
    return officer;
  }

  public Unit unit() {
    return unit;
  }

  public boolean isEnabled() {
    return enabled;
  }
}
