package org.veedor.search.application;

import java.util.Map;
import org.veedor.platform.paging.PageRequest;

/**
 * A search: the query as typed, the facet values chosen, the order, the page.
 *
 * @param filters facet name ({@link CaseSearch#FACETS}) to the value chosen
 * @param sort {@code relevance} (the default), {@code newest} or {@code oldest}
 */
public record SearchRequest(
    String query, Map<String, String> filters, String sort, PageRequest page) {

  public SearchRequest {
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    sort = sort == null || sort.isBlank() ? "relevance" : sort;
  }
}
