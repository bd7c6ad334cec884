package org.veedor.casefile.application;

import java.time.Instant;

/**
 * A case file as its readers see it (never its extracted text, which is long). A file that
 * identifies the complainant is described to readers who may not know the complainant without its
 * name, hash or extraction details: {@code contentWithheld} is then true.
 */
public record CaseFileView(
    long id,
    String reference,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    String addedBy,
    Instant addedAt,
    String extractionState,
    String extractionReason,
    String extractionCode,
    int extractedCharacters,
    boolean identifiesComplainant,
    boolean contentWithheld) {}
