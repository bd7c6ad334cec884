package org.veedor.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last event's id and hash. Locked by whoever records an event, so that
 * events are chained one after the other, in the order their transactions take the lock.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  public static final int ID = 1;

  @Id private int id;

  @Column(name = "last_id", nullable = false)
  private long lastId;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected AuditChainHead() {}

  public long lastId() {
    return lastId;
  }

  public String lastHash() {
    return lastHash;
  }

  /** Moves the head to an event that follows it. */
  public void advanceTo(AuditEvent event) {
    if (event.id() != lastId + 1 || !event.previousHash().equals(lastHash)) {
      throw new IllegalArgumentException(
          "event " + event.id() + " does not follow event " + lastId);
    }
    lastId = event.id();
    lastHash = event.hash();
  }
}
