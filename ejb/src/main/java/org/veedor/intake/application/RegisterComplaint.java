package org.veedor.intake.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.veedor.intake.domain.Channel;
import org.veedor.intake.domain.Complaint;

/**
 * A complaint to register, as it arrives from intake staff or the public. The complainant is left
 * out, or marked anonymous, when the person does not want to be known.
 */
public record RegisterComplaint(
    @NotNull Channel channel,
    @NotNull @PastOrPresent LocalDate incidentDate,
    @Size(max = 500) String place,
    @Size(max = 40) String territoryCode,
    @NotBlank @Size(max = Complaint.MAX_NARRATIVE) String narrative,
    @Valid ComplainantDetails complainant,
    Boolean organizedCrimeLink,
    Boolean injuryReported,
    @NotEmpty @Size(max = 50) List<@NotNull @Valid AllegationInput> allegations) {

  /** One allegation: a category, and the officer's badge or unit when the complainant knows. */
  public record AllegationInput(
      @NotBlank @Size(max = 60) String categoryCode,
      @Size(max = 20) String badgeNumber,
      @Size(max = 40) String unitCode) {}

  /** The complainant, or {@code anonymous: true} and nothing else. */
  public record ComplainantDetails(
      boolean anonymous,
      @Size(max = 200) String name,
      @Size(max = 254) @jakarta.validation.constraints.Email String email,
      @Size(max = 40) String phone) {}
}
