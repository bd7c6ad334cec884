package org.veedor.web.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.application.CaseSealing;
import org.veedor.intake.application.ComplaintDetails;
import org.veedor.intake.application.ComplaintIntake;
import org.veedor.intake.application.ComplaintMessages;
import org.veedor.intake.application.ComplaintQueries;
import org.veedor.intake.application.ComplaintSummary;
import org.veedor.intake.application.RegisterComplaint;
import org.veedor.intake.domain.ComplaintFilter;
import org.veedor.intake.domain.ComplaintStatus;
import org.veedor.intake.workflow.CaseTasks;
import org.veedor.intake.workflow.HistoryStep;
import org.veedor.intake.workflow.Lifecycle;
import org.veedor.intake.workflow.TimelineEntry;
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

  @Inject org.veedor.intake.application.ComplaintAmendments amendments;

  @Inject ComplaintIntake intake;
  @Inject ComplaintQueries queries;
  @Inject CaseTasks tasks;
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
      @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 4000)
          String text) {}

  /** The lifecycle's model with the steps done and current, for the diagram of the case. */
  @GET
  @Path("/{reference}/diagram")
  @RolesAllowed(Roles.SIGNED_IN)
  public CaseTasks.Diagram diagram(@PathParam("reference") String reference) {
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
    Lifecycle.CaseEvent type;
    try {
      type = Lifecycle.CaseEvent.valueOf(input.type().strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "type", InputReason.NOT_ONE_OF, java.util.Arrays.toString(Lifecycle.CaseEvent.values()));
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

  /** The officer of an allegation by badge, and why. */
  public record OfficerIdentified(
      @jakarta.validation.constraints.Size(max = 20) String badgeNumber,
      @jakarta.validation.constraints.Size(max = 4000) String reason) {}

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
  public record UnitLocated(
      @jakarta.validation.constraints.Size(max = 40) String unitCode,
      @jakarta.validation.constraints.Size(max = 4000) String reason) {}

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
      @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 2000)
          String reason) {}

  /**
   * What happened, and why (a reopening needs its reason); an appeal names the officer (badge) when
   * several officers' sanctions await one.
   */
  public record CaseEventInput(
      @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 40)
          String type,
      @jakarta.validation.constraints.Size(max = 4000) String reason,
      @jakarta.validation.constraints.Size(max = 20) String officer) {}

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
