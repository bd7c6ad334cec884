package org.veedor.casefile.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipBombGuardTest {

  @TempDir Path dir;

  @Test
  void shouldSuspectAnEntryThatInflatesAThousandfold() throws IOException {
    Path bomb = zip("bomb.docx", 200, 'a');
    assertThat(ZipBombGuard.suspicion(bomb))
        .hasValueSatisfying(reason -> assertThat(reason).contains("word/document.xml"));
  }

  @Test
  void shouldPassAnOrdinaryDocumentAndAnythingThatIsNotAZip() throws IOException {
    assertThat(ZipBombGuard.suspicion(zip("ordinary.docx", 1, 'a'))).isEmpty();
    Path pdf = dir.resolve("nota.pdf");
    Files.write(pdf, "%PDF-1.7 not a zip".getBytes(StandardCharsets.US_ASCII));
    assertThat(ZipBombGuard.suspicion(pdf)).isEmpty();
  }

  private Path zip(String name, int megabytes, char fill) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] block = String.valueOf(fill).repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < megabytes; i++) {
        zip.write(block);
      }
    }
    return file;
  }
}
