package org.veedor.search.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Passages of a text with the words a query matched between {@code <mark>} and {@code </mark>}, the
 * rest HTML-escaped. Lucene's highlighter module is not among the Lucene jars WildFly ships, so
 * Veedor marks the words itself: it analyses the stored text with the field's own analyzer, keeps
 * each token's offsets, and marks the tokens the query asks for (exact terms, and the automata of
 * fuzzy and prefix terms). Words under NOT are never marked.
 */
public final class Snippets {

  private final Map<String, Set<String>> terms = new HashMap<>();
  private final Map<String, List<ByteRunAutomaton>> automata = new HashMap<>();

  private Snippets() {}

  /** What the query would mark, field by field. */
  public static Snippets of(Query query) {
    Snippets snippets = new Snippets();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... found) {
            for (Term term : found) {
              snippets.terms.computeIfAbsent(term.field(), f -> new HashSet<>()).add(term.text());
            }
          }

          @Override
          public void consumeTermsMatching(
              Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            snippets.automata.computeIfAbsent(field, f -> new ArrayList<>()).add(automaton.get());
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }
        });
    return snippets;
  }

  /** Whether the query names this field at all. */
  public boolean touches(String field) {
    return terms.containsKey(field) || automata.containsKey(field);
  }

  /**
   * Up to {@code most} passages of about {@code size} characters around the marked words, best
   * first; none when no word of the text is marked.
   */
  public List<String> passages(Analyzer analyzer, String field, String text, int most, int size) {
    if (text == null || !touches(field)) {
      return List.of();
    }
    List<int[]> marks = new ArrayList<>();
    Set<String> exact = terms.getOrDefault(field, Set.of());
    List<ByteRunAutomaton> patterns = automata.getOrDefault(field, List.of());
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String token = term.toString();
        boolean hit = exact.contains(token);
        if (!hit && !patterns.isEmpty()) {
          BytesRef bytes = new BytesRef(token);
          for (ByteRunAutomaton pattern : patterns) {
            if (pattern.run(bytes.bytes, bytes.offset, bytes.length)) {
              hit = true;
              break;
            }
          }
        }
        if (hit) {
          int start = offset.startOffset();
          int end = offset.endOffset();
          if (marks.isEmpty() || marks.get(marks.size() - 1)[1] <= start) {
            marks.add(new int[] {start, end});
          }
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new IllegalStateException("the analyzer failed on a string", e);
    }
    List<String> passages = new ArrayList<>();
    List<int[]> left = new ArrayList<>(marks);
    while (!left.isEmpty() && passages.size() < most) {
      // the window, anchored a little before some mark, that holds the most marks
      int bestStart = 0;
      int bestCount = -1;
      for (int[] anchor : left) {
        int start = wordStart(text, Math.max(0, anchor[0] - size / 4));
        int end = Math.min(text.length(), start + size);
        int count = 0;
        for (int[] mark : left) {
          if (mark[0] >= start && mark[1] <= end) {
            count++;
          }
        }
        if (count > bestCount) {
          bestCount = count;
          bestStart = start;
        }
      }
      int start = bestStart;
      int end = wordEnd(text, Math.min(text.length(), start + size));
      StringBuilder passage = new StringBuilder();
      if (start > 0) {
        passage.append("… ");
      }
      int at = start;
      List<int[]> used = new ArrayList<>();
      for (int[] mark : left) {
        if (mark[0] >= start && mark[1] <= end) {
          passage.append(escape(text.substring(at, mark[0])));
          passage
              .append("<mark>")
              .append(escape(text.substring(mark[0], mark[1])))
              .append("</mark>");
          at = mark[1];
          used.add(mark);
        }
      }
      passage.append(escape(text.substring(at, end)));
      if (end < text.length()) {
        passage.append(" …");
      }
      passages.add(passage.toString().strip());
      left.removeAll(used);
      if (used.isEmpty()) {
        break;
      }
    }
    return passages;
  }

  private static int wordStart(String text, int at) {
    if (at == 0) {
      return 0;
    }
    int space = text.lastIndexOf(' ', at);
    return space < 0 || at - space > 20 ? at : space + 1;
  }

  private static int wordEnd(String text, int at) {
    if (at >= text.length()) {
      return text.length();
    }
    int space = text.indexOf(' ', at);
    return space < 0 || space - at > 20 ? at : space;
  }

  /** Text for an HTML page: the five characters that matter, escaped. */
  public static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
