package org.veedor.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static List<CsvReader.Record> read(String text) throws IOException {
    CsvReader reader = new CsvReader(new StringReader(text));
    List<CsvReader.Record> records = new ArrayList<>();
    for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
      records.add(r);
    }
    return records;
  }

  @Test
  void shouldReadQuotedFieldsWithCommasQuotesAndLineBreaksWithTheirLineNumbers()
      throws IOException {
    List<CsvReader.Record> records =
        read("\uFEFFa,b,c\r\n1,\"two, \"\"quoted\"\"\",3\n\"multi\nline\",,x\nlast,row,here");

    assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 3, 5);
    assertThat(records.get(0).fields()).containsExactly("a", "b", "c");
    assertThat(records.get(1).fields()).containsExactly("1", "two, \"quoted\"", "3");
    assertThat(records.get(2).fields()).containsExactly("multi\nline", "", "x");
    assertThat(records.get(3).fields()).containsExactly("last", "row", "here");
  }

  @Test
  void shouldNameTheLineWhenAQuoteIsNeverClosed() {
    assertThatThrownBy(() -> read("a,b\n1,\"open\n2,3\n"))
        .isInstanceOf(CsvFormatException.class)
        .satisfies(e -> assertThat(((CsvFormatException) e).line()).isEqualTo(2));
  }

  @Test
  void shouldRefuseAFieldBeyondTheLimitWithoutReadingItAll() {
    assertThatThrownBy(() -> read("\"" + "x".repeat(20_000) + "\"\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("longer than");
  }
}
