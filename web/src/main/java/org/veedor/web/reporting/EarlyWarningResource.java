package org.veedor.web.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.veedor.identity.domain.Roles;
import org.veedor.reporting.application.EarlyWarning;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.web.platform.QueryParams;

/**
 * Early-warning flags as JSON: {@code GET /reports/early-warning} with {@code to} (the day the
 * window ends, default today), {@code territory}, {@code unit}, {@code group}; officers and units
 * or territories flagged, each with its reasons.
 */
@Path("/reports/early-warning")
@RolesAllowed(Roles.SIGNED_IN)
public class EarlyWarningResource {

  @Inject EarlyWarning earlyWarning;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public EarlyWarning.Flags flags(
      @QueryParam("to") String to,
      @QueryParam("territory") String territory,
      @QueryParam("unit") String unit,
      @QueryParam("group") String group) {
    QueryParams params = new QueryParams();
    ReportFilter filter = IndicatorResource.filter(params, "all", null, to, territory, unit, group);
    params.check();
    return earlyWarning.flags(filter);
  }
}
