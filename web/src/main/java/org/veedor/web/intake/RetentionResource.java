package org.veedor.web.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.application.PersonalDataRetention;
import org.veedor.intake.application.PersonalDataRetention.RetentionRun;
import org.veedor.web.platform.QueryParams;

/** The retention schedule for complainants' personal data, run on an administrator's request. */
@Path("/retention")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RetentionResource {

  @Inject PersonalDataRetention retention;

  /**
   * Removes the personal data of cases closed longer ago than the retention period; with {@code
   * dryRun=true} only counts them.
   */
  @POST
  @Path("/runs")
  public RetentionRun run(@QueryParam("dryRun") String dryRun) {
    QueryParams params = new QueryParams();
    boolean dry = params.flag("dryRun", dryRun);
    params.check();
    return retention.runNow(dry);
  }
}
