package org.veedor.intake.application;

/**
 * What the filer takes away: the reference and the passphrase, shown this once and kept nowhere in
 * clear.
 */
public record PublicReceipt(String referenceNumber, String passphrase) {}
