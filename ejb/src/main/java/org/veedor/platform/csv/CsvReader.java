package org.veedor.platform.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.veedor.platform.InputReason;

/**
 * Reads CSV as RFC 4180 writes it: comma separated, fields optionally in double quotes, quotes
 * doubled inside them, line breaks allowed inside quotes. Each record knows the line it started on,
 * so that a rejected record can be reported where a person will find it. A byte-order mark is
 * skipped. A record or field beyond the limits is refused, not read into memory.
 */
public final class CsvReader {

  private static final int MAX_FIELD = 10_000;
  private static final int MAX_FIELDS = 500;

  private final Reader in;
  private int line = 1;
  private int peeked = -2;
  private boolean first = true;

  public CsvReader(Reader in) {
    this.in = in;
  }

  /** One record and the line it starts on. */
  public record Record(int line, List<String> fields) {
    public boolean isBlank() {
      return fields.size() == 1 && fields.get(0).isBlank();
    }
  }

  /**
   * The next record, or null at the end.
   *
   * @throws CsvFormatException when the text is not CSV (an unclosed quote, a field too long)
   */
  public Record next() throws IOException {
    int c = read();
    if (first) {
      first = false;
      if (c == '\uFEFF') {
        c = read();
      }
    }
    if (c == -1) {
      return null;
    }
    int startLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean afterQuote = false;
    while (true) {
      if (quoted) {
        if (c == -1) {
          throw new CsvFormatException(
              startLine, "a quoted field is never closed", InputReason.CSV_UNCLOSED_QUOTE, 0);
        }
        if (c == '"') {
          int n = read();
          if (n == '"') {
            append(field, '"', startLine);
          } else {
            quoted = false;
            afterQuote = true;
            c = n;
            continue;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          append(field, (char) c, startLine);
        }
      } else if (c == ',') {
        addField(fields, field, startLine);
        afterQuote = false;
      } else if (c == '\r' || c == '\n' || c == -1) {
        if (c == '\r') {
          int n = read();
          if (n != '\n') {
            unread(n);
          }
        }
        if (c != -1) {
          line++;
        }
        addField(fields, field, startLine);
        return new Record(startLine, fields);
      } else if (c == '"' && field.length() == 0 && !afterQuote) {
        quoted = true;
      } else {
        if (afterQuote) {
          throw new CsvFormatException(
              startLine, "text after a closing quote", InputReason.CSV_TEXT_AFTER_QUOTE, 0);
        }
        append(field, (char) c, startLine);
      }
      c = read();
    }
  }

  private static void append(StringBuilder field, char c, int line) {
    if (field.length() >= MAX_FIELD) {
      throw new CsvFormatException(
          line,
          "a field is longer than " + MAX_FIELD + " characters",
          InputReason.CSV_FIELD_TOO_LONG,
          MAX_FIELD);
    }
    field.append(c);
  }

  private static void addField(List<String> fields, StringBuilder field, int line) {
    if (fields.size() >= MAX_FIELDS) {
      throw new CsvFormatException(
          line,
          "a record has more than " + MAX_FIELDS + " fields",
          InputReason.CSV_TOO_MANY_FIELDS,
          MAX_FIELDS);
    }
    fields.add(field.toString());
    field.setLength(0);
  }

  private int read() throws IOException {
    if (peeked != -2) {
      int c = peeked;
      peeked = -2;
      return c;
    }
    return in.read();
  }

  private void unread(int c) {
    peeked = c;
  }
}
