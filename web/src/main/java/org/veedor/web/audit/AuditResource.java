package org.veedor.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.veedor.audit.application.AuditQueries;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.StoredEvent;
import org.veedor.audit.domain.Verification;
import org.veedor.identity.domain.Roles;
import org.veedor.platform.paging.Page;
import org.veedor.platform.paging.PageRequest;
import org.veedor.web.platform.QueryParams;

/** The audit trail: events newest first, and verification of the hash chain. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SIGNED_IN)
public class AuditResource {

  @Inject AuditQueries queries;

  /**
   * Filters: {@code user}, {@code type}, {@code object} (id), {@code from} and {@code to} (ISO
   * days).
   */
  @GET
  public Page<StoredEvent> list(
      @QueryParam("user") String user,
      @QueryParam("type") String type,
      @QueryParam("object") String object,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    QueryParams params = new QueryParams();
    String username = params.text("user", user, 60);
    AuditEventType eventType = params.enumeration("type", type, AuditEventType.class);
    String objectId = params.text("object", object, 100);
    var fromDay = params.date("from", from);
    var toDay = params.date("to", to);
    PageRequest request = params.page(page, size, 50);
    params.check();
    return queries.list(username, eventType, objectId, fromDay, toDay, request);
  }

  /** Walks the whole chain; names the first event that does not hold. */
  @GET
  @Path("/verify")
  public Verification verify() {
    return queries.verify();
  }
}
