package org.veedor.audit.domain;

/**
 * Walks the chain from its first event, one stored event at a time in id order, and stops at the
 * first that does not hold: one that is missing, that does not follow the event before it, or whose
 * content changed after it was written.
 */
public final class ChainWalk {

  private long previousId;
  private String previousHash = AuditChain.GENESIS;
  private long checked;
  private Verification broken;

  /**
   * @return whether the walk goes on (false once an event does not hold)
   */
  public boolean accept(StoredEvent event) {
    if (broken != null) {
      return false;
    }
    if (event.id() != previousId + 1) {
      broken = broken(previousId + 1, "this event is missing");
    } else if (!event.previousHash().equals(previousHash)) {
      broken = broken(event.id(), "it does not follow the event before it");
    } else if (!event.hash().equals(AuditChain.hash(event))) {
      broken = broken(event.id(), "its content changed after it was written");
    } else {
      checked++;
      previousId = event.id();
      previousHash = event.hash();
    }
    return broken == null;
  }

  /** The id of the last event that held. */
  public long lastId() {
    return previousId;
  }

  /** The verdict, once every event up to the head of the chain was offered. */
  public Verification finish(long headId, String headHash) {
    if (broken != null) {
      return broken;
    }
    if (previousId != headId || !previousHash.equals(headHash)) {
      return broken(
          previousId + 1, "events up to " + headId + " were written, " + previousId + " remain");
    }
    return new Verification(true, checked, null, null);
  }

  private Verification broken(long id, String reason) {
    return new Verification(false, checked, id, reason);
  }
}
