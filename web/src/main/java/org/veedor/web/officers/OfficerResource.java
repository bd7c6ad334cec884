package org.veedor.web.officers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.veedor.identity.domain.Roles;
import org.veedor.officers.application.ImportReport;
import org.veedor.officers.application.OfficerDetails;
import org.veedor.officers.application.OfficerImport;
import org.veedor.officers.application.OfficerRegistry;
import org.veedor.officers.application.OfficerSummary;
import org.veedor.platform.paging.Page;
import org.veedor.platform.paging.PageRequest;
import org.veedor.web.platform.BodyLimit;
import org.veedor.web.platform.QueryParams;

/** Officers with their assignment history, and the import of the registry from CSV. */
@Path("/officers")
@RolesAllowed(Roles.SIGNED_IN)
@Produces(MediaType.APPLICATION_JSON)
public class OfficerResource {

  @Inject OfficerRegistry registry;
  @Inject OfficerImport registryImport;

  /** Officers by name or badge prefix ({@code q}), optionally within a unit's subtree. */
  @GET
  public Page<OfficerSummary> list(
      @QueryParam("q") String query,
      @QueryParam("unit") String unit,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    QueryParams params = new QueryParams();
    String text = params.text("q", query, 100);
    String unitCode = params.text("unit", unit, 40);
    PageRequest request = params.page(page, size, 20);
    params.check();
    return registry.search(text, unitCode, request);
  }

  @GET
  @Path("/{badge}")
  public OfficerDetails get(@PathParam("badge") String badge) {
    return registry.find(badge).orElseThrow(() -> new NotFoundException("no officer " + badge));
  }

  /**
   * Imports the registry from a personnel system's CSV export (UTF-8), idempotent by badge number;
   * answers with counts and each refused line.
   */
  @POST
  @Path("/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @BodyLimit(bytes = 20L << 20)
  @RolesAllowed(Roles.ADMIN)
  public ImportReport importRegistry(InputStream csv) {
    return registryImport.importCsv(
        new InputStreamReader(
            csv,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)));
  }
}
