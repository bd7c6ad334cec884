package org.veedor.web.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.application.ComplaintQueries;

/** The allegation taxonomy. */
@Path("/categories")
@RolesAllowed(Roles.SIGNED_IN)
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

  @Inject ComplaintQueries queries;

  @GET
  public List<ComplaintQueries.CategoryView> list() {
    return queries.categories();
  }
}
