package org.veedor.audit.application;

import java.time.Instant;

/** An event of the trail as the auditor reads it. */
public record AuditEventView(
    long id,
    Instant occurredAt,
    String username,
    String type,
    String objectType,
    String objectId,
    String outcome,
    String detail,
    String hash) {}
