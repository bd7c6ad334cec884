package org.veedor.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.veedor.reporting.domain.ReportTable;

class PdfReportTest {

  @Test
  void shouldWriteAReadablePdfWithItsHeadingsTablesAndAccents() throws Exception {
    ReportTable table =
        new ReportTable(
            "volume",
            List.of("period", "complaints"),
            List.of(Arrays.asList("2026-07", 12L), Arrays.asList("2026-08", 30L)));
    PdfReport.Chart chart =
        new PdfReport.Chart(
            true,
            List.of("2026-07", "2026-08"),
            List.of("Denuncias"),
            List.of(List.of(12.0, 30.0)));
    byte[] pdf =
        new PdfReport()
            .write(
                "Informe trimestral de supervisión",
                "2026-Q3 → todo",
                List.of(
                    new PdfReport.Section(
                        "Volumen y tasa",
                        "Denuncias recibidas.",
                        chart,
                        table,
                        List.of("Periodo", "Denuncias"))));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Informe trimestral de supervisión")
          .contains("2026-Q3 ? todo")
          .contains("Volumen y tasa")
          .contains("2026-08")
          .contains("30");
    }
  }
}
