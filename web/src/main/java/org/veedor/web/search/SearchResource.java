package org.veedor.web.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veedor.identity.domain.Roles;
import org.veedor.search.application.CaseIndex;
import org.veedor.search.application.CaseSearch;
import org.veedor.search.application.IndexConsistency;
import org.veedor.search.application.IndexProgress;
import org.veedor.search.application.OfficerHit;
import org.veedor.search.application.SearchRequest;
import org.veedor.search.application.SearchResults;
import org.veedor.web.platform.QueryParams;

/**
 * Full-text search of complaints ({@code GET /api/search?q=...}), similar complaints, officers by
 * name, and the index's upkeep for administrators. Bad queries answer 400 with a problem document
 * that says what could not be read.
 */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  @Inject CaseSearch search;
  @Inject CaseIndex index;

  /**
   * Complaints matching {@code q} (query syntax in the README), narrowed by facet values ({@code
   * category}, {@code status}, {@code unit} with its subtree, {@code territory}, {@code year},
   * {@code channel}); {@code sort} is {@code relevance}, {@code newest} or {@code oldest}.
   */
  @GET
  @RolesAllowed(Roles.SIGNED_IN)
  public SearchResults search(
      @QueryParam("q") String q,
      @QueryParam("category") String category,
      @QueryParam("status") String status,
      @QueryParam("unit") String unit,
      @QueryParam("territory") String territory,
      @QueryParam("year") String year,
      @QueryParam("channel") String channel,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    QueryParams params = new QueryParams();
    var request = params.page(page, size, 20);
    Map<String, String> filters = new LinkedHashMap<>();
    put(filters, "category", params.text("category", category, 60));
    put(filters, "status", params.text("status", status, 30));
    put(filters, "unit", params.text("unit", unit, 40));
    put(filters, "territory", params.text("territory", territory, 20));
    put(filters, "year", params.text("year", year, 4));
    put(filters, "channel", params.text("channel", channel, 30));
    String order = params.text("sort", sort, 20);
    params.check();
    return search.search(new SearchRequest(q, filters, order, request));
  }

  private static void put(Map<String, String> filters, String name, String value) {
    if (value != null) {
      filters.put(name, value);
    }
  }

  /** Complaints like this one; 404 when it is not the caller's to see. */
  @GET
  @Path("/similar/{reference}")
  @RolesAllowed(Roles.SIGNED_IN)
  public List<SearchResults.Hit> similar(
      @PathParam("reference") String reference, @QueryParam("size") String size) {
    QueryParams params = new QueryParams();
    int count = params.integer("size", size, 10, 1, 50);
    params.check();
    return search
        .similar(reference, count)
        .orElseThrow(() -> new NotFoundException("no complaint " + reference));
  }

  /** Officers by name (tolerant of accents and misspellings) or badge number. */
  @GET
  @Path("/officers")
  @RolesAllowed(Roles.SIGNED_IN)
  public List<OfficerHit> officers(@QueryParam("q") String q, @QueryParam("size") String size) {
    QueryParams params = new QueryParams();
    int count = params.integer("size", size, 20, 1, 100);
    params.check();
    return search.officers(q, count);
  }

  /** Starts rebuilding the index from the database; 202 with where it stands. */
  @POST
  @Path("/reindex")
  @RolesAllowed(Roles.ADMIN)
  public Response reindex() {
    return Response.accepted(index.reindex()).build();
  }

  @GET
  @Path("/reindex")
  @RolesAllowed(Roles.ADMIN)
  public IndexProgress progress() {
    return index.progress();
  }

  /** The database's and the index's counts, and whether they agree. */
  @GET
  @Path("/consistency")
  @RolesAllowed(Roles.ADMIN)
  public Map<String, Object> consistency() {
    IndexConsistency counts = index.consistency();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("complaintsInDatabase", counts.complaintsInDatabase());
    answer.put("complaintsInIndex", counts.complaintsInIndex());
    answer.put("officersInDatabase", counts.officersInDatabase());
    answer.put("officersInIndex", counts.officersInIndex());
    answer.put("consistent", counts.consistent());
    return answer;
  }
}
