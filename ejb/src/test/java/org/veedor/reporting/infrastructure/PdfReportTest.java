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

  @Test
  void shouldTagTheReportForScreenReadersInReadingOrder() throws Exception {
    ReportTable table =
        new ReportTable(
            "substantiation",
            List.of("period", "rate"),
            List.of(Arrays.asList("2026-07", 0.131), Arrays.asList("2026-08", 0.142)));
    PdfReport.Chart chart =
        new PdfReport.Chart(
            false, List.of("2026-07", "2026-08"), List.of("Tasa"), List.of(List.of(0.131, 0.142)));
    byte[] pdf =
        new PdfReport()
            .write(
                "es",
                "Informe trimestral",
                "2026-Q3",
                List.of(
                    new PdfReport.Section(
                        "Sustanciación",
                        "Alegaciones sustanciadas.",
                        chart,
                        table,
                        List.of("Periodo", "Tasa"))));
    // kept for a look with other readers (pdfinfo -struct-text target/tagged-report.pdf)
    java.nio.file.Files.write(java.nio.file.Path.of("target", "tagged-report.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var catalog = doc.getDocumentCatalog();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getLanguage()).isEqualTo("es");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(doc.getPage(0).getStructParents()).isZero();
      var document =
          (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
              catalog.getStructureTreeRoot().getKids().get(0);
      assertThat(document.getStructureType()).isEqualTo("Document");
      assertThat(types(document)).containsExactly("H1", "P", "Sect");
      var section =
          (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
              document.getKids().get(2);
      assertThat(types(section)).containsExactly("H2", "P", "Figure", "Table");
      var figure =
          (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
              section.getKids().get(2);
      assertThat(figure.getAlternateDescription())
          .startsWith("Sustanciación: lines")
          .contains("Tasa 0.142");
      var grid =
          (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
              section.getKids().get(3);
      assertThat(types(grid)).containsExactly("TR", "TR", "TR");
      assertThat(
              types(
                  (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure
                          .PDStructureElement)
                      grid.getKids().get(0)))
          .containsExactly("TH", "TH");
      // every marked content of the page points back to its element (the parent tree)
      var parents = catalog.getStructureTreeRoot().getParentTree().getValue(0);
      assertThat(
              ((org.apache.pdfbox.cos.COSArray)
                      ((org.apache.pdfbox.pdmodel.common.COSObjectable) parents).getCOSObject())
                  .size())
          .isGreaterThan(8);
    }
  }

  private static List<String> types(
      org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
    return element.getKids().stream()
        .filter(
            k ->
                k
                    instanceof
                    org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure
                        .PDStructureElement)
        .map(
            k ->
                ((org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
                        k)
                    .getStructureType())
        .toList();
  }
}
