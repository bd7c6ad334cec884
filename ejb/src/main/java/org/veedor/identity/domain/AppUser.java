package org.veedor.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user of Veedor and what ties them to the force: the officer record they are (if any), the unit
 * they belong to (by id: officers and units are the officers context's; identity sits below it),
 * and their roles. The password is kept as a digest that only the server's realm verifies.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "AppUser.findAll", query = "select u from AppUser u order by u.username")
@NamedQuery(
    name = "AppUser.countEnabledInRole",
    query = "select count(u) from AppUser u join u.roles r where r = :role and u.enabled = true")
public class AppUser {

  /** How a user name is written: what sign-in forms and identity providers send. */
  public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._@-]{1,59}";

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

  @Column(name = "password_digest", nullable = false, length = 100)
  private String passwordDigest;

  @Column(name = "password_salt", nullable = false, length = 100)
  private String passwordSalt;

  @Column(name = "password_iterations", nullable = false)
  private int passwordIterations;

  /** A password someone else handed out: the realm grants nothing but changing it. */
  @Column(name = "password_must_change", nullable = false)
  private boolean passwordMustChange;

  @ElementCollection
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role_name", length = 40)
  private Set<String> roles = new TreeSet<>();

  @Version private long version;

  protected AppUser() {}

  /** A new, enabled account whose first password was handed out and must be changed. */
  public AppUser(
      String username,
      String displayName,
      String email,
      Long unitId,
      Collection<String> roles,
      PasswordDigest handedOut) {
    this.username = Objects.requireNonNull(username, "username");
    this.displayName = Objects.requireNonNull(displayName, "displayName").strip();
    this.email = email;
    this.unitId = unitId;
    this.enabled = true;
    this.roles = new TreeSet<>(roles);
    handOutPassword(handedOut);
  }

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

  /** The roles, in name order. */
  public Set<String> roles() {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(roles));
  }

  public boolean mustChangePassword() {
    return passwordMustChange;
  }

  public PasswordDigest password() {
    return new PasswordDigest(passwordDigest, passwordSalt, passwordIterations);
  }

  /**
   * Whether the account was made by a sign-in through the identity provider: it has no password in
   * Veedor (the provider keeps it).
   */
  public boolean signsInThroughProvider() {
    return PasswordDigest.NO_PASSWORD.equals(passwordDigest);
  }

  public void rename(String displayName, String email) {
    this.displayName = Objects.requireNonNull(displayName, "displayName").strip();
    this.email = email;
  }

  public void grantOnly(Collection<String> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }

  public void moveToUnit(Long unitId) {
    this.unitId = unitId;
  }

  public void enable(boolean enabled) {
    this.enabled = enabled;
  }

  /** A password someone else chose: it opens nothing but its own change. */
  public void handOutPassword(PasswordDigest digest) {
    setPassword(digest);
    this.passwordMustChange = true;
  }

  /** The user's own choice of password. */
  public void choosePassword(PasswordDigest digest) {
    setPassword(digest);
    this.passwordMustChange = false;
  }

  private void setPassword(PasswordDigest digest) {
    this.passwordDigest = digest.digest();
    this.passwordSalt = digest.salt();
    this.passwordIterations = digest.iterations();
  }
}
