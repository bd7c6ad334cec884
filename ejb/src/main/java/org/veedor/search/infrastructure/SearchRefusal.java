package org.veedor.search.infrastructure;

import org.veedor.platform.MessageKey;

/** Why a search is refused: a query or a filter that cannot be read, as message keys. */
public enum SearchRefusal implements MessageKey {
  /** Lucene's own syntax error, where it cannot say where. */
  UNREADABLE("search.refusal.unreadable"),
  /** {0}: the column where Lucene stopped reading. */
  UNREADABLE_AT("search.refusal.unreadableAt"),
  TOO_BROAD("search.refusal.tooBroad"),
  NOT_A_YEAR("search.refusal.notAYear"),
  /** {0}: the facets. */
  NOT_A_FACET("search.refusal.notAFacet"),
  /** {0}: the text given. */
  YEAR_NOT_A_YEAR("search.refusal.yearNotAYear"),
  /** {0}: the field written; {1}: the fields. */
  NO_SUCH_FIELD("search.refusal.noSuchField"),
  NOTES_NOT_YOURS("search.refusal.notesNotYours"),
  /** {0}: the text given. */
  RECEIVED_NOT_A_PERIOD("search.refusal.receivedNotAPeriod"),
  /** {0}: the text given. */
  RECEIVED_NOT_A_DATE("search.refusal.receivedNotADate"),
  /** {0}: the first day; {1}: the last. */
  RECEIVED_END_BEFORE_START("search.refusal.receivedEndBeforeStart"),
  /** {0}: the text given. */
  CLOSED_NOT_YES_OR_NO("search.refusal.closedNotYesOrNo"),
  /** {0}: the text given; {1}: the findings. */
  FINDING_NOT_A_FINDING("search.refusal.findingNotAFinding"),
  PREFIX_TOO_SHORT("search.refusal.prefixTooShort"),
  NO_WILDCARDS("search.refusal.noWildcards"),
  NO_REGULAR_EXPRESSIONS("search.refusal.noRegularExpressions"),
  NO_RANGES("search.refusal.noRanges");

  private final String key;

  SearchRefusal(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
