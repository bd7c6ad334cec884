package org.veedor.officers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A geographic area (province, department, state) in which units lie and incidents happen. */
@Entity
@Table(name = "territory")
@NamedQuery(name = "Territory.findByCode", query = "select t from Territory t where t.code = :code")
@NamedQuery(name = "Territory.findAll", query = "select t from Territory t order by t.name")
public class Territory {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "territory_seq")
  @SequenceGenerator(name = "territory_seq", sequenceName = "territory_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Version private long version;

  protected Territory() {}

  public Territory(String code, String name) {
    this.code = Codes.require(code, "territory code");
    this.name = Objects.requireNonNull(name, "name").strip();
  }

  public void rename(String name) {
    this.name = Objects.requireNonNull(name, "name").strip();
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
}
