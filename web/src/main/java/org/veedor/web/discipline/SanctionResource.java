package org.veedor.web.discipline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.veedor.discipline.application.OfficerSanction;
import org.veedor.discipline.application.OfficerSanctions;
import org.veedor.identity.domain.Roles;

/** A case's sanctions, one per officer: decided, appealed, final. */
@Path("/complaints/{reference}/sanctions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SanctionResource {

  @Inject OfficerSanctions sanctions;

  /** The case's sanctions in the order decided; 404 when the case is not the caller's. */
  @GET
  @RolesAllowed(Roles.SIGNED_IN)
  public List<OfficerSanction> list(@PathParam("reference") String reference) {
    return sanctions
        .of(reference)
        .orElseThrow(() -> new NotFoundException("no complaint " + reference));
  }
}
