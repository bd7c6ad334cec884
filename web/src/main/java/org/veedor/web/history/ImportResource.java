package org.veedor.web.history;

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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veedor.history.application.HistoricalImport;
import org.veedor.history.application.ImportRunView;
import org.veedor.history.domain.Finding;
import org.veedor.history.domain.ImportRefusal;
import org.veedor.identity.domain.Roles;
import org.veedor.platform.InvalidInputException;
import org.veedor.web.platform.BodyLimit;
import org.veedor.web.platform.QueryParams;

/**
 * Historical import (administrators): {@code POST} a multipart form whose parts are the export's
 * files by their roles in the mapping ({@code complaints}, {@code accused}, {@code complainants}
 * for the shipped Chicago mapping), with {@code ?mapping=} naming a shipped mapping or a part named
 * {@code mapping} holding one. The answer is 202 with the run; its progress and report are at
 * {@code /imports/{id}} and its rejected rows at {@code /imports/{id}/findings}.
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ImportResource {

  @Inject HistoricalImport imports;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @BodyLimit(bytes = 200L << 20)
  public Response start(@QueryParam("mapping") String mappingName, List<EntityPart> parts)
      throws IOException {
    String mapping = null;
    Map<String, InputStream> files = new LinkedHashMap<>();
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      byte[] bytes = part.getContent().readAllBytes();
      if ("mapping".equals(part.getName())) {
        mapping = new String(bytes, StandardCharsets.UTF_8);
      } else {
        files.put(part.getName(), new ByteArrayInputStream(bytes));
      }
    }
    if (mapping == null) {
      if (mappingName == null || mappingName.isBlank()) {
        throw new InvalidInputException(
            "mapping", ImportRefusal.NAME_A_MAPPING, HistoricalImport.SHIPPED);
      }
      mapping =
          imports
              .shippedMapping(mappingName.strip())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "mapping", ImportRefusal.NO_SUCH_MAPPING, mappingName.strip()));
    }
    ImportRunView run = imports.start(mapping, files);
    return Response.accepted(run).location(URI.create("imports/" + run.id())).build();
  }

  @GET
  public List<ImportRunView> runs() {
    return imports.runs();
  }

  @GET
  @Path("/mappings/{name}")
  public Response mapping(@PathParam("name") String name) {
    return Response.ok(
            imports
                .shippedMapping(name)
                .orElseThrow(() -> new NotFoundException("no mapping " + name)),
            MediaType.APPLICATION_JSON)
        .build();
  }

  @GET
  @Path("/{id}")
  public ImportRunView run(@PathParam("id") long id) {
    return imports.run(id).orElseThrow(() -> new NotFoundException("no import " + id));
  }

  @GET
  @Path("/{id}/findings")
  public List<Finding> findings(@PathParam("id") long id, @QueryParam("max") String max) {
    QueryParams params = new QueryParams();
    int most = params.integer("max", max, 1000, 1, 10_000);
    params.check();
    run(id);
    return imports.findings(id, most);
  }
}
