package org.veedor.web.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.veedor.casefile.application.CaseFileSettings;
import org.veedor.casefile.application.CaseFileView;
import org.veedor.casefile.application.CaseFiles;
import org.veedor.casefile.application.Download;
import org.veedor.casefile.domain.FileTooLargeException;
import org.veedor.identity.domain.Roles;
import org.veedor.web.platform.BodyLimit;
import org.veedor.web.platform.QueryParams;

/**
 * A case's documents: upload (the body is the file itself, its name in {@code name}), list, one
 * file with its chain of custody, and the download, which checks the stored bytes against their
 * recorded hash first. A case the caller may not see answers 404, as if it did not exist.
 */
@Path("/complaints/{reference}/files")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SIGNED_IN)
public class CaseFileResource {

  @Inject CaseFiles files;
  @Inject CaseFileSettings settings;

  @POST
  @Consumes(MediaType.WILDCARD)
  @BodyLimit(bytes = 60L << 20) // the outer bound; the configured limit is enforced while storing
  public Response add(
      @PathParam("reference") String reference,
      @QueryParam("name") String name,
      @QueryParam("identifying") String identifying,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
      InputStream body) {
    QueryParams params = new QueryParams();
    Boolean identifies =
        identifying == null || identifying.isBlank()
            ? null
            : params.flag("identifying", identifying);
    params.check();
    if (length != null) {
      try {
        if (Long.parseLong(length.strip()) > settings.maxFileBytes()) {
          throw new FileTooLargeException(settings.maxFileBytes());
        }
      } catch (NumberFormatException e) {
        // the body limit filter has answered already
      }
    }
    CaseFileView added =
        files
            .add(reference, name, body, identifies)
            .orElseThrow(() -> new NotFoundException("no complaint " + reference));
    return Response.created(URI.create("complaints/" + reference + "/files/" + added.id()))
        .entity(added)
        .build();
  }

  @GET
  public List<CaseFileView> list(@PathParam("reference") String reference) {
    return files
        .list(reference)
        .orElseThrow(() -> new NotFoundException("no complaint " + reference));
  }

  /** Whether the file identifies the complainant, as marked by intake or the case's workers. */
  public record IdentifyingInput(@NotNull Boolean identifiesComplainant) {}

  /** Marks (or unmarks) the file as identifying the complainant. */
  @PUT
  @Path("/{id}/identifying")
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseFileView markIdentifying(
      @PathParam("reference") String reference,
      @PathParam("id") long id,
      @NotNull @Valid IdentifyingInput input) {
    return files
        .markIdentifying(reference, id, input.identifiesComplainant())
        .orElseThrow(() -> new NotFoundException("no such file on " + reference));
  }

  /** The file's description and chain of custody (this reading joins it). */
  @GET
  @Path("/{id}")
  public CaseFiles.FileWithCustody describe(
      @PathParam("reference") String reference, @PathParam("id") long id) {
    return files
        .describe(reference, id)
        .orElseThrow(() -> new NotFoundException("no such file on " + reference));
  }

  /** The bytes, once their hash is checked; 409 with a problem document when it no longer holds. */
  @GET
  @Path("/{id}/content")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("reference") String reference, @PathParam("id") long id) {
    Download download =
        files
            .download(reference, id)
            .orElseThrow(() -> new NotFoundException("no such file on " + reference));
    StreamingOutput stream = out -> Files.copy(download.path(), out);
    return Response.ok(stream, download.mediaType())
        .header(HttpHeaders.CONTENT_LENGTH, download.sizeBytes())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8)
                    .replace("+", "%20"))
        .header("Digest", "sha-256=" + download.sha256())
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
