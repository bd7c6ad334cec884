package org.veedor.intake.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.veedor.intake.domain.Complaint;

/**
 * A complaint as a member of the public files it, without an account: named or anonymous, the
 * officer's badge or a description if known, when and where, and what happened; and the language to
 * write to them in (en, es, pt: the form's).
 */
public record PublicComplaint(
    boolean anonymous,
    @Size(max = 200) String name,
    @Size(max = 254) String email,
    @Size(max = 40) String phone,
    @PastOrPresent LocalDate incidentDate,
    @Size(max = 500) String place,
    @Size(max = 40) String territoryCode,
    @NotBlank @Size(max = 60) String categoryCode,
    @Size(max = 20) String badgeNumber,
    @Size(max = 500) String officerDescription,
    @NotBlank @Size(max = Complaint.MAX_NARRATIVE) String narrative,
    @Size(max = 8) String language) {}
