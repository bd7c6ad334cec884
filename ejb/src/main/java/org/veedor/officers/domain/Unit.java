package org.veedor.officers.domain;

import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A police unit in the command tree (national, region, district, station, special unit). Each lies
 * in a territory. Its tree path lists the codes from the root, so that a subtree is found with one
 * prefix match and trends can roll up the tree.
 */
@Entity
@Table(name = "unit")
@NamedQuery(name = "Unit.findByCode", query = "select u from Unit u where u.code = :code")
@NamedQuery(
    name = "Unit.findAll",
    query =
        "select u from Unit u left join fetch u.territory left join fetch u.parent"
            + " order by u.treePath")
public class Unit {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
  @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private UnitLevel level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Unit parent;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "territory_id", nullable = false)
  private Territory territory;

  @Column(name = "tree_path", nullable = false, length = 1000)
  private String treePath;

  /** The day the unit was closed; it stays in the tree for its history. */
  @Column(name = "closed_on")
  private java.time.LocalDate closedOn;

  @Version private long version;

  protected Unit() {}

  private Unit(String code, String name, UnitLevel level, Unit parent, Territory territory) {
    this.code = Codes.require(code, "unit code");
    this.name = Objects.requireNonNull(name, "name").strip();
    this.level = Objects.requireNonNull(level, "level");
    this.territory = Objects.requireNonNull(territory, "territory");
    this.parent = parent;
    this.treePath = (parent == null ? "/" : parent.treePath) + code + "/";
  }

  /** The top of the tree. */
  public static Unit national(String code, String name, Territory territory) {
    return new Unit(code, name, UnitLevel.NATIONAL, null, territory);
  }

  /** A unit under this one; its level must lie below this unit's. */
  public Unit addSubunit(String code, String name, UnitLevel level, Territory territory) {
    if (!level.mayBeUnder(this.level)) {
      throw new IllegalArgumentException(
          "a " + level + " unit cannot be placed under a " + this.level + " unit");
    }
    return new Unit(code, name, level, this, territory);
  }

  public void rename(String name) {
    this.name = Objects.requireNonNull(name, "name").strip();
  }

  /** Closes the unit: it takes no new members, subunits or officers from now on. */
  public void close(java.time.LocalDate on) {
    this.closedOn = Objects.requireNonNull(on, "on");
  }

  public boolean isClosed() {
    return closedOn != null;
  }

  public java.time.LocalDate closedOn() {
    return closedOn;
  }

  public boolean isWithin(Unit ancestor) {
    return treePath.startsWith(ancestor.treePath);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public UnitLevel level() {
    return level;
  }

  public Unit parent() {
    return parent;
  }

  public Territory territory() {
    return territory;
  }

  public String treePath() {
    return treePath;
  }
}
