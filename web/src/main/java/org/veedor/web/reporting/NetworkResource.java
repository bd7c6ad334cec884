package org.veedor.web.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.veedor.identity.domain.Roles;
import org.veedor.reporting.application.OfficerNetworks;
import org.veedor.web.platform.QueryParams;

/**
 * Officers named together in complaints: the top groups ({@code min} shared complaints for a tie,
 * default 2; {@code top}, default 10), as JSON or, at {@code /graphml}, as GraphML.
 */
@Path("/reports/networks")
@RolesAllowed(Roles.SIGNED_IN)
public class NetworkResource {

  @Inject OfficerNetworks networks;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<OfficerNetworks.GroupView> groups(
      @QueryParam("min") String min, @QueryParam("top") String top) {
    QueryParams params = new QueryParams();
    int least = params.integer("min", min, 2, 1, 1000);
    int most = params.integer("top", top, 10, 1, 200);
    params.check();
    return networks.groups(least, most);
  }

  @GET
  @Path("/graphml")
  @Produces("application/graphml+xml")
  public Response graphMl(@QueryParam("min") String min, @QueryParam("top") String top) {
    QueryParams params = new QueryParams();
    int least = params.integer("min", min, 2, 1, 1000);
    int most = params.integer("top", top, 10, 1, 200);
    params.check();
    return Response.ok(networks.graphMl(least, most), "application/graphml+xml")
        .header("Content-Disposition", "attachment; filename=\"officer-networks.graphml\"")
        .build();
  }
}
