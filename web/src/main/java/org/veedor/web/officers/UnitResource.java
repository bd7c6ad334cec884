package org.veedor.web.officers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.veedor.identity.domain.Roles;
import org.veedor.officers.application.OfficerRegistry;
import org.veedor.officers.application.TerritoryView;
import org.veedor.officers.application.UnitView;

/** The unit tree (parents before children) and the territories it lies in. */
@Path("/")
@RolesAllowed(Roles.SIGNED_IN)
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

  @Inject OfficerRegistry registry;

  @GET
  @Path("units")
  public List<UnitView> units() {
    return registry.units();
  }

  @GET
  @Path("units/{code}")
  public UnitView unit(@PathParam("code") String code) {
    return registry.unit(code).orElseThrow(() -> new NotFoundException("no unit " + code));
  }

  @GET
  @Path("territories")
  public List<TerritoryView> territories() {
    return registry.territories();
  }
}
