package org.veedor.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of the seeded, editable taxonomy of allegations (BRIBERY, EXCESSIVE_FORCE, ...). */
@Entity
@Table(name = "allegation_category")
@NamedQuery(
    name = "AllegationCategory.findByCode",
    query = "select c from AllegationCategory c where c.code = :code")
@NamedQuery(
    name = "AllegationCategory.findAll",
    query = "select c from AllegationCategory c order by c.group, c.code")
public class AllegationCategory {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allegation_category_seq")
  @SequenceGenerator(
      name = "allegation_category_seq",
      sequenceName = "allegation_category_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 60)
  private String code;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "category_group", nullable = false, length = 20)
  private CategoryGroup group;

  /** Serious allegations go on even when the complainant withdraws. */
  @Column(nullable = false)
  private boolean serious;

  @Column(nullable = false)
  private boolean active;

  /** Its own names, for a category added after installation; the bundles name the seeded ones. */
  @Column(name = "name_en", length = 120)
  private String nameEn;

  @Column(name = "name_es", length = 120)
  private String nameEs;

  @Column(name = "name_pt", length = 120)
  private String namePt;

  @Version private long version;

  protected AllegationCategory() {}

  public AllegationCategory(String code, CategoryGroup group, boolean serious) {
    this.code = Objects.requireNonNull(code, "code");
    this.group = Objects.requireNonNull(group, "group");
    this.serious = serious;
    this.active = true;
  }

  /** Names it in English, Spanish and Portuguese (null where the bundles name it). */
  public void rename(String english, String spanish, String portuguese) {
    this.nameEn = english;
    this.nameEs = spanish;
    this.namePt = portuguese;
  }

  public void regroup(CategoryGroup group) {
    this.group = Objects.requireNonNull(group, "group");
  }

  public void markSerious(boolean serious) {
    this.serious = serious;
  }

  /** No longer offered for new allegations; the allegations that name it keep it. */
  public void retire() {
    this.active = false;
  }

  public void restore() {
    this.active = true;
  }

  public String nameEn() {
    return nameEn;
  }

  public String nameEs() {
    return nameEs;
  }

  public String namePt() {
    return namePt;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public CategoryGroup group() {
    return group;
  }

  public boolean isSerious() {
    return serious;
  }

  public boolean isActive() {
    return active;
  }

  public boolean isCorruption() {
    return group == CategoryGroup.CORRUPTION;
  }
}
