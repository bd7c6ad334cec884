package org.veedor.casefile.application;

/** Fired when a case file is added; observed after the transaction commits, to extract its text. */
public record FileAdded(long caseFileId) {}
