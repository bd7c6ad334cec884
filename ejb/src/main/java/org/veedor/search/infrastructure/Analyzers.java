package org.veedor.search.infrastructure;

import java.util.Map;

/** The analyzers and normalizers of Veedor's index, defined once in {@link CaseAnalysis}. */
public final class Analyzers {

  /** Spanish: lower case, accents folded, light stemming ("sobornos" and "soborno" meet). */
  public static final String SPANISH = "veedor_spanish";

  public static final String PORTUGUESE = "veedor_portuguese";
  public static final String ENGLISH = "veedor_english";

  /** Any language: words lower-cased and accents folded, no stemming. */
  public static final String NEUTRAL = "veedor_neutral";

  /** People's names: accents folded ("González" is "gonzalez"); queries add edit distance. */
  public static final String NAME = "veedor_name";

  /**
   * Names as they sound in Spanish and Portuguese: the spellings one name is written in fold to one
   * key (s, z and soft c; b and v; ll, y and i; a silent h; qu, k and hard c; soft g and j; doubled
   * letters), so "Gonzáles", "Gonzalez" and "Gonsales" meet, and "Castiyo" finds "Castillo".
   */
  public static final String SOUNDS = "veedor_sounds";

  /** Keywords compared without case or accents (sorting, exact names). */
  public static final String FOLDED = "veedor_folded";

  /** The stemming analyzer of each language a narrative may be written in. */
  public static final Map<String, String> BY_LANGUAGE =
      Map.of("es", SPANISH, "pt", PORTUGUESE, "en", ENGLISH);

  private Analyzers() {}
}
