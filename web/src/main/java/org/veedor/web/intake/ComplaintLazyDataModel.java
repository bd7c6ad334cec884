package org.veedor.web.intake;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.veedor.intake.application.ComplaintFilter;
import org.veedor.intake.application.ComplaintQueries;
import org.veedor.intake.application.ComplaintSummary;
import org.veedor.platform.paging.Page;
import org.veedor.platform.paging.PageRequest;

/**
 * Pages of complaints for the list's table, read from the application service one page at a time
 * with the filters of the form above it.
 */
public class ComplaintLazyDataModel extends LazyDataModel<ComplaintSummary> {

  private static final long serialVersionUID = 1L;

  private final ComplaintQueries queries;
  private final ComplaintListView.Filters filters;

  ComplaintLazyDataModel(ComplaintQueries queries, ComplaintListView.Filters filters) {
    this.queries = queries;
    this.filters = filters;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int)
        Math.min(
            Integer.MAX_VALUE, queries.search(filter(), new PageRequest(0, 1)).totalElements());
  }

  @Override
  public List<ComplaintSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(PageRequest.MAX_SIZE, pageSize));
    Page<ComplaintSummary> page = queries.search(filter(), new PageRequest(first / size, size));
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.totalElements()));
    return page.items();
  }

  @Override
  public String getRowKey(ComplaintSummary complaint) {
    return complaint.referenceNumber();
  }

  @Override
  public ComplaintSummary getRowData(String rowKey) {
    return null;
  }

  private ComplaintFilter filter() {
    return filters.toFilter();
  }
}
