package org.veedor.web.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.veedor.casework.application.CaseEvent;
import org.veedor.casework.application.CaseWork;
import org.veedor.casework.application.ComplaintAmendments;
import org.veedor.casework.application.HistoryStep;
import org.veedor.casework.application.RelatedCases;
import org.veedor.casework.application.TimelineEntry;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.application.CaseSealing;
import org.veedor.intake.application.ComplaintDetails;
import org.veedor.intake.application.ComplaintIntake;
import org.veedor.intake.application.ComplaintMessages;
import org.veedor.intake.application.ComplaintQueries;
import org.veedor.intake.application.ComplaintSummary;
import org.veedor.intake.application.RegisterComplaint;
import org.veedor.intake.domain.CaseLink;
import org.veedor.intake.domain.ComplaintFilter;
import org.veedor.intake.domain.ComplaintStatus;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.paging.Page;
import org.veedor.platform.paging.PageRequest;
import org.veedor.web.platform.QueryParams;

/**
 * Complaints: register one, read one by reference, list them with filters and paging. The resource
 * refuses anonymous callers before it reads anything; which roles may read cases is the application
 * service's decision.
 */
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource {

  @Inject ComplaintAmendments amendments;
  @Inject RelatedCases related;

  @Inject ComplaintIntake intake;
  @Inject ComplaintQueries queries;
  @Inject CaseWork tasks;
  @Inject ComplaintMessages messages;
  @Inject CaseSealing sealing;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.INTAKE, Roles.SUPERVISOR})
  public Response register(@NotNull @Valid RegisterComplaint command) {
    ComplaintDetails registered = intake.register(command);
    return Response.created(uri.getAbsolutePathBuilder().path(registered.referenceNumber()).build())
        .entity(registered)
        .build();
  }

  @GET
  @Path("/{reference}")
  @RolesAllowed(Roles.SIGNED_IN)
  public ComplaintDetails get(@PathParam("reference") String reference) {
    return queries
        .find(reference)
        .orElseThrow(() -> new NotFoundException("no complaint " + reference));
  }

  /** Every step of the complaint's lifecycle, with who and when; 404 when not the caller's. */
  @GET
  @Path("/{reference}/history")
  @RolesAllowed(Roles.SIGNED_IN)
  public CaseHistory history(@PathParam("reference") String reference) {
    return new CaseHistory(
        reference,
        tasks
            .history(reference)
            .orElseThrow(() -> new NotFoundException("no complaint " + reference)));
  }

  /**
   * The case's timeline: its lifecycle's steps merged with the changes the audit trail recorded,
   * oldest first; 404 when not the caller's.
   */
  @GET
  @Path("/{reference}/timeline")
  @RolesAllowed(Roles.SIGNED_IN)
  public CaseTimeline timeline(@PathParam("reference") String reference) {
    return new CaseTimeline(
        reference,
        tasks
            .timeline(reference)
            .orElseThrow(() -> new NotFoundException("no complaint " + reference)));
  }

  /** A case's timeline as the API gives it. */
  public record CaseTimeline(String reference, List<TimelineEntry> entries) {}

  /** Messages with the complainant (intake and the case's own investigator and supervisor). */
  @GET
  @Path("/{reference}/messages")
  @RolesAllowed({Roles.INTAKE, Roles.INVESTIGATOR, Roles.SUPERVISOR})
  public List<ComplaintMessages.MessageView> messages(@PathParam("reference") String reference) {
    return messages.list(reference);
  }

  /** Writes to the complainant; shown on their follow page. */
  @POST
  @Path("/{reference}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.INTAKE, Roles.INVESTIGATOR, Roles.SUPERVISOR})
  public Response sendMessage(
      @PathParam("reference") String reference, @NotNull @Valid MessageInput input) {
    messages.send(reference, input.text());
    return Response.noContent().build();
  }

  /** A message's text. */
  public record MessageInput(
      @jakarta.validation.constraints.NotBlank @Size(max = 4000) String text) {}

  /** The lifecycle's model with the steps done and current, for the diagram of the case. */
  @GET
  @Path("/{reference}/diagram")
  @RolesAllowed(Roles.SIGNED_IN)
  public CaseWork.Diagram diagram(@PathParam("reference") String reference) {
    return tasks
        .diagram(reference)
        .orElseThrow(() -> new NotFoundException("no lifecycle for " + reference));
  }

  /** A complaint's lifecycle, step by step. */
  public record CaseHistory(String reference, List<HistoryStep> steps) {}

  /**
   * An event from outside that the case's lifecycle waits for: {@code APPEAL_FILED}, {@code
   * NEW_EVIDENCE}, {@code COMPLAINT_WITHDRAWN}, {@code CRIMINAL_CASE_OPENED}, {@code
   * CRIMINAL_CASE_CLOSED}, {@code BOARD_REVIEW_REQUESTED}, {@code COMPLAINT_REOPENED}; 409 when the
   * case is not at a stage that takes it.
   */
  @POST
  @Path("/{reference}/events")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SIGNED_IN)
  public Response event(
      @PathParam("reference") String reference, @NotNull @Valid CaseEventInput input) {
    CaseEvent type;
    try {
      type = CaseEvent.valueOf(input.type().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "type", InputReason.NOT_ONE_OF, java.util.Arrays.toString(CaseEvent.values()));
    }
    tasks.deliver(reference, type, input.reason(), input.officer());
    return Response.noContent().build();
  }

  /**
   * Names the officer of an allegation, identified after registration (intake, and the case's own
   * investigator or supervisor); the change is audited with before and after, and searchable.
   */
  @POST
  @Path("/{reference}/allegations/{allegation}/officer")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SIGNED_IN)
  public ComplaintDetails identifyOfficer(
      @PathParam("reference") String reference,
      @PathParam("allegation") long allegation,
      @NotNull @Valid OfficerIdentified input) {
    return amendments
        .identifyOfficer(reference, allegation, input.badgeNumber(), input.reason())
        .orElseThrow(() -> new NotFoundException("no complaint " + reference));
  }

  /**
   * Corrects the incident's facts (intake, and the case's own investigator or supervisor): a field
   * left out stays as it is; audited with before and after; triaged again when an injury, a link to
   * organized crime or the territory changed the track.
   */
  @POST
  @Path("/{reference}/corrections")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SIGNED_IN)
  public ComplaintDetails correct(
      @PathParam("reference") String reference, @NotNull @Valid FactsInput input) {
    return amendments
        .correctFacts(
            reference,
            new ComplaintAmendments.FactsCorrection(
                input.incidentDate(),
                input.place(),
                input.territoryCode(),
                input.organizedCrimeLink(),
                input.injuryReported(),
                input.officerDescription(),
                input.reason()))
        .orElseThrow(() -> new NotFoundException("no complaint " + reference));
  }

  /** The incident's facts as corrected, and why. */
  public record FactsInput(
      LocalDate incidentDate,
      @Size(max = 500) String place,
      @Size(max = 40) String territoryCode,
      Boolean organizedCrimeLink,
      Boolean injuryReported,
      @Size(max = 500) String officerDescription,
      @Size(max = 4000) String reason) {}

  /** Adds an allegation before findings; the complaint is triaged again. */
  @POST
  @Path("/{reference}/allegations")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SIGNED_IN)
  public ComplaintDetails addAllegation(
      @PathParam("reference") String reference, @NotNull @Valid AllegationAdded input) {
    return amendments
        .addAllegation(
            reference,
            new RegisterComplaint.AllegationInput(
                input.categoryCode(), input.badgeNumber(), input.unitCode()),
            input.reason())
        .orElseThrow(() -> new NotFoundException("no complaint " + reference));
  }

  /** The allegation to add (a category; the officer's badge or the unit), and why. */
  public record AllegationAdded(
      @Size(max = 60) String categoryCode,
      @Size(max = 20) String badgeNumber,
      @Size(max = 40) String unitCode,
      @Size(max = 4000) String reason) {}

  /** Withdraws an allegation before findings; the complaint keeps one at least. */
  @POST
  @Path("/{reference}/allegations/{allegation}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SIGNED_IN)
  public ComplaintDetails withdrawAllegation(
      @PathParam("reference") String reference,
      @PathParam("allegation") long allegation,
      @NotNull @Valid Reasoned input) {
    return amendments
        .withdrawAllegation(reference, allegation, input.reason())
        .orElseThrow(() -> new NotFoundException("no complaint " + reference));
  }

  /** Why. */
  public record Reasoned(@Size(max = 4000) String reason) {}

  /** The officer of an allegation by badge, and why. */
  public record OfficerIdentified(
      @Size(max = 20) String badgeNumber, @Size(max = 4000) String reason) {}

  /** Places an allegation whose officer is unknown in a unit, saying why. */
  @POST
  @Path("/{reference}/allegations/{allegation}/unit")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SIGNED_IN)
  public ComplaintDetails locate(
      @PathParam("reference") String reference,
      @PathParam("allegation") long allegation,
      @NotNull @Valid UnitLocated input) {
    return amendments
        .locate(reference, allegation, input.unitCode(), input.reason())
        .orElseThrow(() -> new NotFoundException("no complaint " + reference));
  }

  /** The unit of an allegation by code, and why. */
  public record UnitLocated(@Size(max = 40) String unitCode, @Size(max = 4000) String reason) {}

  /** The cases linked to this one (the same incident or pattern, a duplicate merged). */
  @GET
  @Path("/{reference}/links")
  @RolesAllowed(Roles.SIGNED_IN)
  public List<RelatedCases.Related> links(@PathParam("reference") String reference) {
    return related.of(reference);
  }

  /** Links another complaint to this one: the same incident or the same pattern. */
  @POST
  @Path("/{reference}/links")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SIGNED_IN)
  public Response link(@PathParam("reference") String reference, @NotNull @Valid LinkInput input) {
    CaseLink.Kind kind;
    try {
      kind =
          input.kind() == null
              ? null
              : CaseLink.Kind.valueOf(input.kind().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      kind = null;
    }
    related.link(reference, input.reference(), kind, input.reason());
    return Response.noContent().build();
  }

  /** The complaint to link, how, and why. */
  public record LinkInput(
      @Size(max = 20) String reference,
      @Size(max = 20) String kind,
      @Size(max = 4000) String reason) {}

  /**
   * Merges this complaint, a duplicate, into another that goes on (supervisors): its lifecycle
   * ends, its files and messages move, its reference opens the other.
   */
  @POST
  @Path("/{reference}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SIGNED_IN)
  public Response merge(
      @PathParam("reference") String reference, @NotNull @Valid MergeInput input) {
    related.merge(reference, input.into(), input.reason());
    return Response.noContent().build();
  }

  /** The case that goes on, and why this one duplicates it. */
  public record MergeInput(@Size(max = 20) String into, @Size(max = 4000) String reason) {}

  /**
   * Seals or unseals the case by decision of the sealed-cases unit's supervisor, with a reason (the
   * rule seals corruption linked to organized crime by itself).
   */
  @PUT
  @Path("/{reference}/sealing")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SIGNED_IN)
  public CaseSealing.SealingView seal(
      @PathParam("reference") String reference, @NotNull @Valid SealingInput input) {
    return sealing
        .decide(reference, input.sealed(), input.reason())
        .orElseThrow(() -> new NotFoundException("no complaint " + reference));
  }

  /** Whether the case is to be sealed, and why. */
  public record SealingInput(
      @NotNull Boolean sealed,
      @jakarta.validation.constraints.NotBlank @Size(max = 2000) String reason) {}

  /**
   * What happened, and why (a reopening needs its reason); an appeal names the officer (badge) when
   * several officers' sanctions await one.
   */
  public record CaseEventInput(
      @jakarta.validation.constraints.NotBlank @Size(max = 40) String type,
      @Size(max = 4000) String reason,
      @Size(max = 20) String officer) {}

  /**
   * Lists complaints, newest first. Filters: {@code status}, {@code category}, {@code unit} (with
   * its subtree), {@code territory}, {@code officer} (badge), {@code receivedFrom} and {@code
   * receivedTo} (ISO dates, inclusive).
   */
  @GET
  @RolesAllowed(Roles.SIGNED_IN)
  public Page<ComplaintSummary> list(
      @QueryParam("status") String status,
      @QueryParam("category") String category,
      @QueryParam("unit") String unit,
      @QueryParam("territory") String territory,
      @QueryParam("officer") String officer,
      @QueryParam("receivedFrom") String receivedFrom,
      @QueryParam("receivedTo") String receivedTo,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    QueryParams params = new QueryParams();
    ComplaintFilter filter =
        new ComplaintFilter(
            params.enumeration("status", status, ComplaintStatus.class),
            params.text("category", category, 60),
            params.text("unit", unit, 40),
            params.text("territory", territory, 40),
            params.text("officer", officer, 20),
            params.date("receivedFrom", receivedFrom),
            params.date("receivedTo", receivedTo));
    PageRequest request = params.page(page, size, 20);
    params.check();
    return queries.search(filter, request);
  }
}
