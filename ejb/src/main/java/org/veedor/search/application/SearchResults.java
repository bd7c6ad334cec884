package org.veedor.search.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A page of complaints found, the counts of each facet's values among everything found (only of
 * cases the reader may see), and how long the index took.
 *
 * @param countedNotListed for a query of periods, places and codes only (a report's drill-down):
 *     how many more complaints it matches that the reports count for this reader but that are not
 *     theirs to list (sealed, or still open for the oversight board); null for other queries
 * @param sealedNotListed of those, how many are sealed; null as above
 * @param allegations the allegations the complaints found hold, by final finding ({@code
 *     SUSTAINED}, ..., {@code UNDECIDED}): what a report's figure of allegations counts when the
 *     query carries its filters
 */
public record SearchResults(
    String query,
    long total,
    int page,
    int size,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    long tookMillis,
    Long countedNotListed,
    Long sealedNotListed,
    Map<String, Long> allegations) {

  /**
   * A complaint found.
   *
   * @param snippets passages of the narrative, place or officers' names with the matched words
   *     between {@code <mark>} and {@code </mark>}; the rest of the text is HTML-escaped, so they
   *     can be shown as they are
   */
  public record Hit(
      String reference,
      String status,
      String territory,
      Instant receivedAt,
      List<String> categories,
      List<String> snippets,
      float score) {}

  /** One value of a facet and how many of the complaints found have it. */
  public record FacetValue(String value, long count) {}
}
