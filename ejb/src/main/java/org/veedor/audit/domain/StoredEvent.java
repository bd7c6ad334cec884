package org.veedor.audit.domain;

import java.time.Instant;

/** An event as it lies in the database, whatever read it: what the chain is checked against. */
public record StoredEvent(
    long id,
    Instant occurredAt,
    String username,
    String type,
    String objectType,
    String objectId,
    String outcome,
    String detail,
    String previousHash,
    String hash) {}
