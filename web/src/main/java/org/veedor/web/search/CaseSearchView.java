package org.veedor.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.paging.PageRequest;
import org.veedor.search.application.CaseSearch;
import org.veedor.search.application.SearchRequest;
import org.veedor.search.application.SearchResults;
import org.veedor.web.platform.Messages;

/**
 * The search page (search/case-search.xhtml?q=...): the query, the facets with their counts (a
 * click narrows by a value, another takes it back), highlighted passages, order and pages.
 */
@Named
@ViewScoped
public class CaseSearchView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SIZE = 20;

  @Inject transient CaseSearch search;

  private String q;
  private String sort = "relevance";
  private int page;
  private final Map<String, String> filters = new LinkedHashMap<>();
  private SearchResults results;

  /** Runs the query of the page's parameter, if any. */
  public void load() {
    if (q != null && !q.isBlank()) {
      run();
    }
  }

  public void search() {
    page = 0;
    run();
  }

  public void choose(String facet, String value) {
    filters.put(facet, value);
    page = 0;
    run();
  }

  public void drop(String facet) {
    filters.remove(facet);
    page = 0;
    run();
  }

  public void next() {
    page++;
    run();
  }

  public void previous() {
    page = Math.max(0, page - 1);
    run();
  }

  private void run() {
    try {
      results = search.search(new SearchRequest(q, filters, sort, new PageRequest(page, SIZE)));
    } catch (InvalidInputException e) {
      results = null;
      Messages.error("search.invalid", Messages.text(e.errors().get(0)));
    }
  }

  public boolean isHasNext() {
    return results != null && (long) (page + 1) * SIZE < results.total();
  }

  public List<String> getFacetNames() {
    return List.copyOf(CaseSearch.FACETS.keySet());
  }

  public List<SearchResults.FacetValue> facet(String name) {
    return results == null ? List.of() : results.facets().getOrDefault(name, List.of());
  }

  /** The findings whose allegations the page counts, in order. */
  public List<String> getFindings() {
    return results == null ? List.of() : List.copyOf(results.allegations().keySet());
  }

  public Map<String, String> getFilters() {
    return filters;
  }

  public SearchResults getResults() {
    return results;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public int getPage() {
    return page;
  }
}
