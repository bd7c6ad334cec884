package org.veedor.web.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.veedor.identity.domain.Roles;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InputReason;
import org.veedor.platform.MessageKey;
import org.veedor.reporting.application.QuarterlyReports;
import org.veedor.reporting.domain.ReportRefusal;
import org.veedor.web.platform.Messages;
import org.veedor.web.platform.QueryParams;

/**
 * The quarterly oversight report: {@code POST /reports/quarterly?year=&quarter=} (and {@code
 * territory}, {@code lang} en, es or pt) starts it and answers 202 with the job; {@code GET
 * /reports/quarterly/{id}} shows its progress, {@code /{id}/pdf} serves the PDF once done; {@code
 * GET /reports/quarterly} lists the caller's reports, newest first. Reports outlive a restart.
 */
@Path("/reports/quarterly")
@RolesAllowed(Roles.SIGNED_IN)
public class QuarterlyReportResource {

  @Inject QuarterlyReports reports;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response start(
      @QueryParam("year") String year,
      @QueryParam("quarter") String quarter,
      @QueryParam("territory") String territory,
      @QueryParam("lang") String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    QueryParams params = new QueryParams();
    int y = params.integer("year", year, -1, 1990, 2200);
    int q = params.integer("quarter", quarter, -1, 1, 4);
    if (year == null || year.isBlank()) {
      params.reject("year", InputReason.REQUIRED);
    }
    if (quarter == null || quarter.isBlank()) {
      params.reject("quarter", InputReason.REQUIRED);
    }
    String where = params.text("territory", territory, 40);
    params.check();
    QuarterlyReports.Job job =
        reports.start(
            y,
            q,
            where,
            Messages.withPrefixes(locale(lang, acceptLanguage), "indicator.", "quarterly."));
    return Response.accepted(job).location(URI.create("reports/quarterly/" + job.id())).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<QuarterlyReports.Job> mine() {
    return reports.mine();
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public QuarterlyReports.Job job(@PathParam("id") String id) {
    return reports.job(id).orElseThrow(() -> new NotFoundException("no report " + id));
  }

  @GET
  @Path("/{id}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") String id) {
    QuarterlyReports.Job job = job(id);
    byte[] pdf =
        reports
            .pdf(id)
            .orElseThrow(
                () ->
                    job.state().equals("DONE")
                        ? new ConflictException(ReportRefusal.PDF_NO_LONGER_KEPT, id)
                        : new ConflictException(
                            ReportRefusal.NOT_READY,
                            id,
                            MessageKey.of("quarterly.state." + job.state())));
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"veedor-" + job.year() + "-Q" + job.quarter() + ".pdf\"")
        .build();
  }

  static Locale locale(String lang, String acceptLanguage) {
    String tag = lang;
    if (tag == null && acceptLanguage != null && !acceptLanguage.isBlank()) {
      tag = acceptLanguage.split(",")[0].strip();
    }
    if (tag != null) {
      String language = Locale.forLanguageTag(tag).getLanguage();
      if (language.equals("es") || language.equals("pt") || language.equals("en")) {
        return Locale.forLanguageTag(language);
      }
    }
    return Locale.ENGLISH;
  }
}
