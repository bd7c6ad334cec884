package org.veedor.audit.domain;

/**
 * The result of walking the whole chain: how many events were checked, and the first that does not
 * hold (null when the chain is intact) with the reason.
 */
public record Verification(boolean intact, long checked, Long firstBrokenId, String reason) {}
