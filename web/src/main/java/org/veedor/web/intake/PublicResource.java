package org.veedor.web.intake;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.veedor.casework.application.PublicFollowing;
import org.veedor.intake.application.ComplaintIntake;
import org.veedor.intake.application.ComplaintQueries;
import org.veedor.intake.application.IntakeSettings;
import org.veedor.intake.application.PublicComplaint;
import org.veedor.intake.application.PublicReceipt;
import org.veedor.intake.domain.Receipt;
import org.veedor.web.platform.FormTokens;
import org.veedor.web.platform.Problem;
import org.veedor.web.platform.ProblemException;
import org.veedor.web.platform.RateLimits;

/**
 * The public's API, without an account: fetch the form, file a complaint (named or anonymous),
 * follow it with the receipt, add information. Abuse protection without third-party services:
 * limits per address (kept in memory only), size limits, a honeypot field and a least fill time.
 */
@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicResource {

  @Inject ComplaintIntake intake;
  @Inject ComplaintQueries queries;
  @Inject PublicFollowing followUp;
  @Inject FormTokens tokens;
  @Inject RateLimits limits;
  @Inject IntakeSettings settings;
  @Inject Clock clock;
  @Context HttpServletRequest request;

  /** What a form needs: its signed time stamp, and the categories to choose from. */
  public record Form(String formToken, List<String> categories) {}

  /**
   * A filing: the complaint, the form's token, and {@code website}, a field people never see and
   * scripts fill in.
   */
  public record Filing(
      @NotBlank @Size(max = 100) String formToken,
      @Size(max = 200) String website,
      @NotNull @Valid PublicComplaint complaint) {}

  /** A receipt presented to follow a complaint. */
  public record ReceiptInput(
      @NotBlank @Size(max = 20) String reference, @NotBlank @Size(max = 40) String passphrase) {}

  /** Information the complainant adds. */
  public record Information(
      @NotBlank @Size(max = 20) String reference,
      @NotBlank @Size(max = 40) String passphrase,
      @NotBlank @Size(max = 4000) String text) {}

  @GET
  @Path("/form")
  public Form form() {
    return new Form(
        tokens.issue(clock.instant()),
        queries.categories().stream().filter(c -> c.active()).map(c -> c.code()).toList());
  }

  /** 201 with the receipt: the passphrase is shown this once. */
  @POST
  @Path("/complaints")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response file(@NotNull @Valid Filing filing) {
    limit("file", settings.publicFilingsPerHour(), Duration.ofHours(1));
    if (filing.website() != null && !filing.website().isBlank()) {
      throw refused("the submission was refused");
    }
    String problem = tokens.problemWith(filing.formToken(), clock.instant());
    if (problem != null) {
      throw refused(problem);
    }
    PublicReceipt receipt = intake.fileFromPublic(filing.complaint());
    return Response.status(201).entity(receipt).build();
  }

  /** The case as its complainant sees it; 404 (saying nothing more) for a wrong passphrase. */
  @POST
  @Path("/follow")
  @Consumes(MediaType.APPLICATION_JSON)
  public PublicFollowing.FollowView follow(@NotNull @Valid ReceiptInput receipt) {
    limit("follow", settings.publicLookupsPerTenMinutes(), Duration.ofMinutes(10));
    return answer(followUp.follow(receipt.reference(), receipt.passphrase()));
  }

  @POST
  @Path("/follow/information")
  @Consumes(MediaType.APPLICATION_JSON)
  public PublicFollowing.FollowView addInformation(@NotNull @Valid Information information) {
    limit("follow", settings.publicLookupsPerTenMinutes(), Duration.ofMinutes(10));
    return answer(
        followUp.addInformation(
            information.reference(), information.passphrase(), information.text()));
  }

  /**
   * The complainant asks the oversight board to review findings not sustained, once the case is
   * closed; 409 when the case is not at that point.
   */
  @POST
  @Path("/follow/board-review")
  @Consumes(MediaType.APPLICATION_JSON)
  public PublicFollowing.FollowView requestBoardReview(@NotNull @Valid Information request) {
    limit("follow", settings.publicLookupsPerTenMinutes(), Duration.ofMinutes(10));
    return answer(
        followUp.requestBoardReview(request.reference(), request.passphrase(), request.text()));
  }

  private PublicFollowing.FollowView answer(PublicFollowing.Attempt attempt) {
    if (attempt.result() == Receipt.Check.LOCKED) {
      throw new ProblemException(
          new Problem(
                  429,
                  "Too many attempts",
                  "Too many wrong passphrases for this reference. Try again later.")
              .withRetryAfter(PublicFollowing.LOCK.toSeconds()));
    }
    if (attempt.view() == null) {
      throw new ProblemException(
          new Problem(
              404,
              "Not found",
              "No complaint matches this reference and passphrase. Check both and try again."));
    }
    return attempt.view();
  }

  private void limit(String purpose, int most, Duration window) {
    Duration wait = limits.take(purpose, request.getRemoteAddr(), most, window);
    if (!wait.isZero()) {
      throw new ProblemException(
          new Problem(
                  429, "Too many requests", "Too many requests from your address. Try again later.")
              .withRetryAfter(wait.toSeconds()));
    }
  }

  private static ProblemException refused(String reason) {
    return new ProblemException(
        Problem.invalidInput(reason, List.of(new Problem.InvalidParam("formToken", reason))));
  }
}
