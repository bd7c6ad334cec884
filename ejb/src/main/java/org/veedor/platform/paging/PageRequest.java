package org.veedor.platform.paging;

/** Which page of a list to return: zero-based page number and size (1 to 200). */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
  }

  public int offset() {
    return Math.multiplyExact(page, size);
  }
}
