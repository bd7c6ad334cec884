package org.veedor.casefile.application;

import java.time.Instant;

/** One link of a file's chain of custody. */
public record CustodyView(String action, String username, Instant occurredAt, String detail) {}
