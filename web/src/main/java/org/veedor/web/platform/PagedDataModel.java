package org.veedor.web.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.veedor.platform.paging.Page;
import org.veedor.platform.paging.PageRequest;

/**
 * A lazy table over any paged application-service query: the table asks for a page, the query
 * answers it with its total. The view supplies the query (with its current filters) and the row
 * key.
 */
public class PagedDataModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** One page of rows for a request; serializable, as view-scoped beans are. */
  public interface Query<T> extends Function<PageRequest, Page<T>>, Serializable {}

  /** The key of a row. */
  public interface RowKey<T> extends Function<T, String>, Serializable {}

  private final Query<T> query;
  private final RowKey<T> rowKey;

  public PagedDataModel(Query<T> query, RowKey<T> rowKey) {
    this.query = query;
    this.rowKey = rowKey;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, query.apply(new PageRequest(0, 1)).totalElements());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(PageRequest.MAX_SIZE, pageSize));
    Page<T> page = query.apply(new PageRequest(first / size, size));
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.totalElements()));
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return rowKey.apply(row);
  }

  @Override
  public T getRowData(String key) {
    return null;
  }
}
