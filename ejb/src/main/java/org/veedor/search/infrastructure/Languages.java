package org.veedor.search.infrastructure;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells Spanish, Portuguese and English apart by their commonest words, the ones each language has
 * and the other two lack ("el", "los", "y" against "o", "os", "e", "não" against "the", "and").
 * Complaints are long enough for this to be reliable, and it needs no model to download.
 */
public final class Languages {

  private static final Map<String, Set<String>> MARKERS =
      Map.of(
          "es",
          Set.of(
              "el", "la", "los", "las", "y", "en", "del", "un", "una", "con", "lo", "pero", "fue",
              "es", "está", "estaba", "policía", "cuando", "muy", "también", "hasta", "dinero",
              "porque", "sin", "nos", "su", "sus", "le", "les", "pidió", "agentes"),
          "pt",
          Set.of(
              "o",
              "os",
              "e",
              "em",
              "um",
              "uma",
              "do",
              "da",
              "dos",
              "das",
              "não",
              "na",
              "no",
              "nas",
              "nos",
              "mas",
              "foi",
              "ao",
              "à",
              "é",
              "com",
              "você",
              "ele",
              "ela",
              "quando",
              "muito",
              "também",
              "até",
              "dinheiro",
              "porque",
              "sem",
              "pediu",
              "policial",
              "policiais"),
          "en",
          Set.of(
              "the",
              "and",
              "of",
              "to",
              "in",
              "that",
              "was",
              "he",
              "she",
              "it",
              "for",
              "on",
              "with",
              "my",
              "me",
              "not",
              "at",
              "but",
              "they",
              "his",
              "her",
              "officer",
              "officers",
              "money",
              "when",
              "asked",
              "police",
              "we",
              "were",
              "had",
              "i"));

  private Languages() {}

  /**
   * The language of a text: {@code es}, {@code pt} or {@code en}, or {@code null} when too few of
   * its words say.
   */
  public static String guess(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Map<String, Integer> scores = new java.util.HashMap<>();
    int words = 0;
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (++words > 2000) {
        break;
      }
      for (Map.Entry<String, Set<String>> language : MARKERS.entrySet()) {
        if (language.getValue().contains(word)) {
          scores.merge(language.getKey(), 1, Integer::sum);
        }
      }
    }
    String best = null;
    int bestScore = 0;
    int second = 0;
    for (Map.Entry<String, Integer> score : scores.entrySet()) {
      if (score.getValue() > bestScore) {
        second = bestScore;
        bestScore = score.getValue();
        best = score.getKey();
      } else if (score.getValue() > second) {
        second = score.getValue();
      }
    }
    return bestScore >= 2 && bestScore > second ? best : null;
  }
}
