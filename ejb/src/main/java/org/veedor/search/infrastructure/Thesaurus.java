package org.veedor.search.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The oversight vocabulary of the region (thesaurus.txt beside this class): for a word typed in a
 * search, the other words and phrases people use for the same thing, in the language of the field
 * they are looked for in. "soborno" also finds "mordida", "coima" and "propina"; "dinero" also
 * finds "plata", "lana" and "quetzales". Immutable once read, shared by every query.
 */
public final class Thesaurus {

  /** One concept: its words by language ({@code es}, {@code pt}, {@code en}). */
  record Concept(String name, Map<String, List<String>> words) {

    List<String> all() {
      List<String> all = new ArrayList<>();
      words.values().forEach(all::addAll);
      return all;
    }
  }

  private static final Thesaurus VEEDOR = read("thesaurus.txt");

  private final Map<String, List<Concept>> byWord;

  /** The entries of more than one word ("squad car", "sin orden"), longest first. */
  private final List<Pattern> phrases;

  private Thesaurus(Map<String, List<Concept>> byWord) {
    this.byWord = byWord;
    this.phrases =
        byWord.keySet().stream()
            .filter(key -> key.contains(" "))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(
                key ->
                    Pattern.compile(
                        // a word of its own: after the start, a space or "(", before a space,
                        // ")" or the end; so never with an operator, a field or a syntax attached
                        "(?:^|(?<=[\\s(]))"
                            + String.join(
                                "\\s+",
                                java.util.Arrays.stream(key.split(" "))
                                    .map(Pattern::quote)
                                    .toList())
                            + "(?=$|[\\s)])"))
            .toList();
  }

  /** Veedor's own thesaurus. */
  public static Thesaurus veedor() {
    return VEEDOR;
  }

  static Thesaurus read(String resource) {
    try (InputStream in = Thesaurus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no thesaurus " + resource + " beside " + Thesaurus.class);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Thesaurus parse(java.util.stream.Stream<String> lines) {
    Map<String, List<Concept>> byWord = new HashMap<>();
    lines
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .forEach(
            line -> {
              String[] parts = line.split("\\|");
              Map<String, List<String>> words = new HashMap<>();
              for (int i = 1; i < parts.length; i++) {
                String part = parts[i].strip();
                int colon = part.indexOf(':');
                if (colon != 2 || !Analyzers.BY_LANGUAGE.containsKey(part.substring(0, 2))) {
                  throw new IllegalArgumentException("a thesaurus line reads 'es:', 'pt:', 'en:'");
                }
                List<String> list = new ArrayList<>();
                for (String word : part.substring(colon + 1).split(",")) {
                  if (!word.isBlank()) {
                    list.add(word.strip());
                  }
                }
                words.put(part.substring(0, 2), List.copyOf(list));
              }
              Concept concept = new Concept(parts[0].strip(), Map.copyOf(words));
              for (String word : concept.all()) {
                List<Concept> concepts = byWord.computeIfAbsent(key(word), k -> new ArrayList<>());
                if (!concepts.contains(concept)) {
                  concepts.add(concept);
                }
              }
            });
    return new Thesaurus(Map.copyOf(byWord));
  }

  /** A word as it is looked up: lower case, accents folded. */
  static String key(String word) {
    String folded =
        Normalizer.normalize(word.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    return folded.replaceAll("\\s+", " ");
  }

  /** The concepts a typed word belongs to: as typed, else without a plural's ending. */
  private List<Concept> conceptsOf(String typed) {
    String key = key(typed);
    List<Concept> concepts = byWord.get(key);
    if (concepts == null && key.endsWith("es")) {
      concepts = byWord.get(key.substring(0, key.length() - 2));
    }
    if (concepts == null && key.endsWith("s")) {
      concepts = byWord.get(key.substring(0, key.length() - 1));
    }
    return concepts == null ? List.of() : concepts;
  }

  /** The languages whose words for its concepts hold the typed word itself. */
  public Set<String> languagesOf(String typed) {
    Set<String> languages = new LinkedHashSet<>();
    String own = key(typed);
    String singular = own.endsWith("es") ? own.substring(0, own.length() - 2) : own;
    String shorter = own.endsWith("s") ? own.substring(0, own.length() - 1) : own;
    for (Concept concept : conceptsOf(typed)) {
      concept
          .words()
          .forEach(
              (language, words) -> {
                for (String word : words) {
                  String key = key(word);
                  if (key.equals(own) || key.equals(singular) || key.equals(shorter)) {
                    languages.add(language);
                  }
                }
              });
    }
    return languages;
  }

  /** Whether a typed word has other words for it. */
  public boolean knows(String typed) {
    return !conceptsOf(typed).isEmpty();
  }

  /**
   * The other words for a typed word, in one language ({@code null}: in every language), the typed
   * word itself left out.
   */
  public Set<String> alternatives(String typed, String language) {
    Set<String> alternatives = new LinkedHashSet<>();
    String own = key(typed);
    for (Concept concept : conceptsOf(typed)) {
      List<String> words = language == null ? concept.all() : concept.words().get(language);
      if (words == null) {
        continue;
      }
      for (String word : words) {
        if (!key(word).equals(own)) {
          alternatives.add(word);
        }
      }
    }
    return alternatives;
  }

  /**
   * A query with each unquoted entry of several words ("squad car", "patrol car") held together by
   * escaped spaces, so that the query parser hands it over as one term, which finds its concept's
   * other words like a single word does. Quoted text, field values ({@code place:squad car}) and
   * words with an operator attached are left as typed.
   */
  public String holdPhrasesTogether(String query) {
    if (phrases.isEmpty() || !query.strip().matches("(?s).*\\s.*")) {
      return query;
    }
    char[] held = query.toCharArray();
    String folded = foldedInPlace(query);
    boolean[] quoted = new boolean[held.length];
    boolean inQuotes = false;
    for (int i = 0; i < held.length; i++) {
      if (held[i] == '\\') {
        quoted[i] = inQuotes;
        if (i + 1 < held.length) {
          quoted[++i] = true;
        }
        continue;
      }
      if (held[i] == '"') {
        inQuotes = !inQuotes;
        quoted[i] = true;
        continue;
      }
      quoted[i] = inQuotes;
    }
    boolean[] taken = new boolean[held.length];
    for (Pattern phrase : phrases) {
      Matcher matcher = phrase.matcher(folded);
      while (matcher.find()) {
        boolean free = !afterOperatorOrField(query, matcher.start());
        for (int i = matcher.start(); i < matcher.end() && free; i++) {
          free = !quoted[i] && !taken[i];
        }
        if (free) {
          for (int i = matcher.start(); i < matcher.end(); i++) {
            taken[i] = true;
          }
        }
      }
    }
    StringBuilder out = new StringBuilder(query.length() + 8);
    for (int i = 0; i < held.length; i++) {
      if (taken[i] && Character.isWhitespace(held[i])) {
        // one escaped space for the run of spaces between two words of the entry
        if (i == 0 || !(taken[i - 1] && Character.isWhitespace(held[i - 1]))) {
          out.append("\\ ");
        }
        continue;
      }
      out.append(held[i]);
    }
    return out.toString();
  }

  /**
   * Whether what comes before a position, spaces aside, binds the next word alone: a field ({@code
   * place: squad car}) or an operator that applies to one clause ({@code NOT}, {@code !}).
   */
  private static boolean afterOperatorOrField(String query, int start) {
    String before = query.substring(0, start).stripTrailing();
    return before.endsWith(":") || before.endsWith("!") || before.matches("(?s)(.*[\\s(])?NOT");
  }

  /** Lower case with accents folded, one character for each of the text's, so positions agree. */
  private static String foldedInPlace(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      String one =
          Normalizer.normalize(
              String.valueOf(Character.toLowerCase(text.charAt(i))), Normalizer.Form.NFD);
      folded.append(one.isEmpty() ? text.charAt(i) : one.charAt(0));
    }
    return folded.toString();
  }

  /** The names of the concepts a typed word belongs to (for the search page's explanation). */
  public List<String> concepts(String typed) {
    return conceptsOf(typed).stream().map(Concept::name).toList();
  }
}
