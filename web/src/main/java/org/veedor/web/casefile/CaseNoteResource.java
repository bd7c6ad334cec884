package org.veedor.web.casefile;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.veedor.casefile.application.CaseNotes;
import org.veedor.casefile.application.NoteView;
import org.veedor.identity.domain.Roles;

/**
 * Investigators' notes on a case: write one, write its next version ({@code PUT}: the earlier
 * versions stay), the latest of each, and a note's versions.
 */
@Path("/complaints/{reference}/notes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SIGNED_IN)
public class CaseNoteResource {

  @Inject CaseNotes notes;

  /**
   * A note's text; when it revises a note, {@code basedOn} names the version the writer edited (a
   * later version written meanwhile refuses the edit with 409 instead of overwriting it unseen).
   */
  public record NoteInput(String text, Integer basedOn) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response write(@PathParam("reference") String reference, @NotNull @Valid NoteInput input) {
    NoteView note =
        notes
            .write(reference, input.text())
            .orElseThrow(() -> new NotFoundException("no complaint " + reference));
    return Response.status(Response.Status.CREATED).entity(note).build();
  }

  @PUT
  @Path("/{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  public NoteView revise(
      @PathParam("reference") String reference,
      @PathParam("key") String key,
      @NotNull @Valid NoteInput input) {
    return notes
        .revise(reference, key, input.text(), input.basedOn())
        .orElseThrow(() -> new NotFoundException("no such note on " + reference));
  }

  @GET
  public List<NoteView> list(@PathParam("reference") String reference) {
    return notes
        .list(reference)
        .orElseThrow(() -> new NotFoundException("no complaint " + reference));
  }

  @GET
  @Path("/{key}/versions")
  public List<NoteView> versions(
      @PathParam("reference") String reference, @PathParam("key") String key) {
    return notes
        .versions(reference, key)
        .orElseThrow(() -> new NotFoundException("no such note on " + reference));
  }
}
