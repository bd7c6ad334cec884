package org.veedor.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Where an imported complaint came from: the source system, the complaint's key there, and a digest
 * of the source rows it was built from (a second import of the same rows changes nothing).
 */
@Embeddable
public class SourceRecord {

  @Column(name = "source_system", length = 60)
  private String system;

  @Column(name = "source_key", length = 100)
  private String key;

  @Column(name = "source_digest", length = 64)
  private String digest;

  protected SourceRecord() {}

  public SourceRecord(String system, String key, String digest) {
    this.system = require(system, "source system", 60);
    this.key = require(key, "source key", 100);
    this.digest = require(digest, "source digest", 64);
  }

  private static String require(String value, String what, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(what + " must be 1 to " + max + " characters");
    }
    return value;
  }

  public String system() {
    return system;
  }

  public String key() {
    return key;
  }

  public String digest() {
    return digest;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceRecord other
        && Objects.equals(system, other.system)
        && Objects.equals(key, other.key)
        && Objects.equals(digest, other.digest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(system, key, digest);
  }
}
