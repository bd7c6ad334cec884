package org.veedor.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the totals so that a client can page through it. */
public record Page<T>(List<T> items, int page, int size, long totalElements, long totalPages) {

  public Page {
    items = List.copyOf(items);
  }

  public static <T> Page<T> of(List<T> items, PageRequest request, long totalElements) {
    long pages = (totalElements + request.size() - 1) / request.size();
    return new Page<>(items, request.page(), request.size(), totalElements, pages);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, totalElements, totalPages);
  }
}
