package org.veedor.discipline.application;

import java.time.Instant;

/**
 * One officer's sanction in a case, as the case's readers see it: the matrix's range, the
 * authority's decision (with the referral for prosecution), the appeal, and what became final.
 *
 * @param badgeNumber the officer's badge, or null when the allegation named no officer
 * @param referralDecided whether the authority refers the officer for prosecution (null: decided
 *     before the referral was asked)
 * @param finalSanction the sanction that stands: after the appeal, or as decided
 * @param finalAt when it became final (the appeal decided, or the window closed); null while open
 * @param appealUntil until when the officer may appeal, while the sanction is not final and no
 *     appeal was decided; null otherwise
 */
public record OfficerSanction(
    long allegationId,
    String badgeNumber,
    String officerName,
    String categoryCode,
    String recommendedMinimum,
    String recommendedMaximum,
    boolean referralRecommended,
    String sanction,
    Integer suspensionDays,
    boolean insideRange,
    String justification,
    Boolean referralDecided,
    String decidedBy,
    Instant decidedAt,
    String appealOutcome,
    String appealReason,
    String finalSanction,
    Integer finalSuspensionDays,
    Instant finalAt,
    Instant appealUntil) {}
