package org.veedor.reporting.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.veedor.reporting.domain.ReportTable;

/**
 * Writes a report as PDF (PDFBox): a title page heading, then sections, each with a heading, a
 * sentence, a chart (bars or lines drawn as vector graphics) and its table. Pages break where a
 * section no longer fits. Text is set in Helvetica; characters it cannot show are replaced.
 *
 * <p>The PDF is tagged for screen readers: a structure tree in reading order (the title as H1, each
 * section's heading as H2, its sentence as P, its chart as a Figure with a description, its table
 * as a Table of header and data cells), the page numbers marked as artifacts, the document's
 * language and title set and shown.
 */
public final class PdfReport {

  /** A chart: labels along the bottom and one or more series of values (nulls are gaps). */
  public record Chart(
      boolean bars, List<String> labels, List<String> names, List<List<Double>> series) {}

  /** A section of the report. */
  public record Section(
      String heading, String text, Chart chart, ReportTable table, List<String> columnLabels) {}

  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth();
  private static final float HEIGHT = PDRectangle.A4.getHeight();
  private static final float[][] COLOURS = {
    {0.12f, 0.31f, 0.47f}, {0.71f, 0.32f, 0.23f}, {0.42f, 0.55f, 0.23f}
  };

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDDocument document;
  private PDPageContentStream out;
  private float y;

  // the structure tree: the document element, the page being written, and for each page the
  // structure elements its marked contents belong to, by marked-content id (the parent tree)
  private PDStructureElement root;
  private PDPage page;
  private COSArray pageParents;
  private final List<COSArray> parentTree = new ArrayList<>();

  /** Drawing that may fail to write. */
  private interface Drawing {
    void draw() throws IOException;
  }

  /** The PDF of a report in English. */
  public byte[] write(String title, String subtitle, List<Section> sections) {
    return write("en", title, subtitle, sections);
  }

  /**
   * The PDF of a report with a title, a subtitle and its sections.
   *
   * @param language the language of its texts ({@code en}, {@code es}, {@code pt})
   */
  public byte[] write(String language, String title, String subtitle, List<Section> sections) {
    try (PDDocument doc = new PDDocument()) {
      document = doc;
      parentTree.clear();
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(clean(title));
      info.setCreator("Veedor");
      PDStructureTreeRoot tree = new PDStructureTreeRoot();
      root = new PDStructureElement("Document", tree);
      tree.appendKid(root);
      newPage();
      tagged(element("H1", root), () -> text(bold, 20, MARGIN, y, title));
      y -= 26;
      tagged(element("P", root), () -> text(regular, 11, MARGIN, y, subtitle));
      y -= 30;
      for (Section section : sections) {
        float needed =
            60
                + (section.chart() == null ? 0 : 190)
                + 14 * Math.min(12, section.table().rows().size() + 1);
        if (y - needed < MARGIN) {
          newPage();
        }
        PDStructureElement part = element("Sect", root);
        tagged(element("H2", part), () -> text(bold, 14, MARGIN, y, section.heading()));
        y -= 16;
        PDStructureElement sentence = element("P", part);
        for (String line : wrap(section.text(), 95)) {
          tagged(sentence, () -> text(regular, 9, MARGIN, y, line));
          y -= 12;
        }
        y -= 6;
        if (section.chart() != null && !section.chart().labels().isEmpty()) {
          PDStructureElement figure = element("Figure", part);
          figure.setAlternateDescription(clean(describe(section.heading(), section.chart())));
          tagged(figure, () -> chart(section.chart()));
        }
        table(part, section.table(), section.columnLabels());
        y -= 18;
      }
      out.close();
      finishStructure(doc, tree, language, parentTree);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void finishStructure(
      PDDocument doc, PDStructureTreeRoot tree, String language, List<COSArray> parents) {
    PDNumberTreeNode numbers = new PDNumberTreeNode(COSArray.class);
    java.util.Map<Integer, COSArray> byKey = new java.util.LinkedHashMap<>();
    for (int key = 0; key < parents.size(); key++) {
      byKey.put(key, parents.get(key));
    }
    numbers.setNumbers(byKey);
    tree.setParentTree(numbers);
    tree.setParentTreeNextKey(parents.size());
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setStructureTreeRoot(tree);
    PDMarkInfo mark = new PDMarkInfo();
    mark.setMarked(true);
    catalog.setMarkInfo(mark);
    catalog.setLanguage(language);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
  }

  private PDStructureElement element(String type, PDStructureElement parent) {
    PDStructureElement element = new PDStructureElement(type, parent);
    element.setPage(page);
    parent.appendKid(element);
    return element;
  }

  /** Draws content that belongs to a structure element, as a marked content of the page. */
  private void tagged(PDStructureElement element, Drawing drawing) throws IOException {
    int id = pageParents.size();
    COSDictionary properties = new COSDictionary();
    properties.setInt(COSName.MCID, id);
    out.beginMarkedContent(
        COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
    drawing.draw();
    out.endMarkedContent();
    pageParents.add(element);
    if (element.getPage() == null
        || !element.getPage().getCOSObject().equals(page.getCOSObject())) {
      // a kid on another page than the element's names its page
      COSDictionary reference = new COSDictionary();
      reference.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
      reference.setItem(COSName.PG, page);
      reference.setInt(COSName.MCID, id);
      appendKid(element, reference);
    } else {
      appendKid(element, COSInteger.get(id));
    }
  }

  private static void appendKid(PDStructureElement element, org.apache.pdfbox.cos.COSBase kid) {
    org.apache.pdfbox.cos.COSBase kids = element.getCOSObject().getDictionaryObject(COSName.K);
    if (kids == null) {
      element.getCOSObject().setItem(COSName.K, kid);
    } else if (kids instanceof COSArray array) {
      array.add(kid);
    } else {
      COSArray array = new COSArray();
      array.add(kids);
      array.add(kid);
      element.getCOSObject().setItem(COSName.K, array);
    }
  }

  /** Draws what is not part of the report's content (page numbers), as an artifact. */
  private void artifact(Drawing drawing) throws IOException {
    out.beginMarkedContent(COSName.ARTIFACT);
    drawing.draw();
    out.endMarkedContent();
  }

  /** What a chart shows, for those who cannot see it: its series and their last values. */
  static String describe(String heading, Chart chart) {
    StringBuilder d = new StringBuilder(heading).append(": ");
    d.append(chart.bars() ? "bars" : "lines")
        .append(", ")
        .append(chart.labels().get(0))
        .append(" to ")
        .append(chart.labels().get(chart.labels().size() - 1));
    for (int s = 0; s < chart.names().size(); s++) {
      List<Double> values = chart.series().get(s);
      Double last = null;
      for (Double v : values) {
        if (v != null) {
          last = v;
        }
      }
      d.append("; ")
          .append(chart.names().get(s))
          .append(" ")
          .append(last == null ? "-" : format(last))
          .append(" at the end");
    }
    return d.append(". The table below has every figure.").toString();
  }

  private void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    page.setStructParents(parentTree.size());
    pageParents = new COSArray();
    parentTree.add(pageParents);
    out = new PDPageContentStream(document, page);
    y = HEIGHT - MARGIN;
    artifact(() -> text(regular, 8, MARGIN, MARGIN / 2, "Veedor - " + document.getNumberOfPages()));
  }

  private void chart(Chart chart) throws IOException {
    float h = 150;
    float w = WIDTH - 2 * MARGIN - 40;
    float x0 = MARGIN + 40;
    float y0 = y - h;
    double max = 0;
    for (List<Double> s : chart.series()) {
      for (Double v : s) {
        if (v != null) {
          max = Math.max(max, v);
        }
      }
    }
    if (max <= 0) {
      max = 1;
    }
    max = niceCeiling(max);
    out.setStrokingColor(0.6f, 0.6f, 0.6f);
    out.setLineWidth(0.5f);
    for (int i = 0; i <= 4; i++) {
      float gy = y0 + h * i / 4;
      out.moveTo(x0, gy);
      out.lineTo(x0 + w, gy);
      out.stroke();
      text(regular, 7, MARGIN, gy - 2, format(max * i / 4));
    }
    int n = chart.labels().size();
    float slot = w / n;
    int k = chart.series().size();
    for (int si = 0; si < k; si++) {
      float[] c = COLOURS[si % COLOURS.length];
      List<Double> values = chart.series().get(si);
      if (chart.bars()) {
        out.setNonStrokingColor(c[0], c[1], c[2]);
        float bw = slot * 0.7f / k;
        for (int i = 0; i < n; i++) {
          Double v = values.get(i);
          if (v != null && v > 0) {
            float bh = (float) (h * v / max);
            out.addRect(x0 + i * slot + slot * 0.15f + si * bw, y0, bw, bh);
            out.fill();
          }
        }
      } else {
        out.setStrokingColor(c[0], c[1], c[2]);
        out.setLineWidth(1.5f);
        boolean drawing = false;
        for (int i = 0; i < n; i++) {
          Double v = values.get(i);
          float px = x0 + i * slot + slot / 2;
          if (v == null) {
            drawing = false;
            continue;
          }
          float py = y0 + (float) (h * v / max);
          if (drawing) {
            out.lineTo(px, py);
          } else {
            out.moveTo(px, py);
            drawing = true;
          }
        }
        out.stroke();
      }
    }
    out.setNonStrokingColor(0f, 0f, 0f);
    int every = Math.max(1, n / 12);
    for (int i = 0; i < n; i += every) {
      text(regular, 7, x0 + i * slot + 2, y0 - 10, chart.labels().get(i));
    }
    float lx = x0;
    for (int si = 0; si < k; si++) {
      float[] c = COLOURS[si % COLOURS.length];
      out.setNonStrokingColor(c[0], c[1], c[2]);
      out.addRect(lx, y0 - 24, 8, 8);
      out.fill();
      out.setNonStrokingColor(0f, 0f, 0f);
      text(regular, 8, lx + 11, y0 - 23, chart.names().get(si));
      lx += 15 + regular.getStringWidth(clean(chart.names().get(si))) / 1000 * 8 + 12;
    }
    y = y0 - 40;
  }

  private void table(PDStructureElement part, ReportTable table, List<String> labels)
      throws IOException {
    int columns = table.columns().size();
    float w = (WIDTH - 2 * MARGIN) / columns;
    PDStructureElement grid = element("Table", part);
    PDStructureElement head = element("TR", grid);
    for (int c = 0; c < columns; c++) {
      PDStructureElement cell = element("TH", head);
      PDTableAttributeObject scope = new PDTableAttributeObject();
      scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
      cell.addAttribute(scope);
      float x = MARGIN + c * w;
      String label = fit(labels.get(c), w, bold, 7);
      tagged(cell, () -> text(bold, 7, x, y, label));
    }
    y -= 3;
    artifact(
        () -> {
          out.setStrokingColor(0.3f, 0.3f, 0.3f);
          out.setLineWidth(0.5f);
          out.moveTo(MARGIN, y);
          out.lineTo(WIDTH - MARGIN, y);
          out.stroke();
        });
    y -= 10;
    for (List<Object> row : table.rows()) {
      if (y < MARGIN + 10) {
        newPage();
      }
      PDStructureElement line = element("TR", grid);
      for (int c = 0; c < columns; c++) {
        Object v = row.get(c);
        float x = MARGIN + c * w;
        String shown = fit(v == null ? "-" : format(v), w, regular, 8);
        tagged(element("TD", line), () -> text(regular, 8, x, y, shown));
      }
      y -= 11;
    }
    if (table.rows().isEmpty()) {
      tagged(element("P", part), () -> text(regular, 8, MARGIN, y, "-"));
      y -= 11;
    }
  }

  private void text(PDType1Font font, float size, float x, float at, String text)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, at);
    out.showText(clean(text));
    out.endText();
  }

  private String fit(String text, float width, PDType1Font font, float size) throws IOException {
    String t = clean(text);
    while (t.length() > 1 && font.getStringWidth(t) / 1000 * size > width - 4) {
      t = t.substring(0, t.length() - 2) + ".";
    }
    return t;
  }

  /** Text Helvetica can show (WinAnsi): other characters become '?'. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      s.append(
          ch == '\n' || ch == '\r' || ch == '\t'
              ? ' '
              : (ch < 0x20 || (ch > 0xff && "€–—‘’“”•…".indexOf(ch) < 0)) ? '?' : ch);
    }
    return s.toString();
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : (text == null ? "" : text).split("\\s+")) {
      if (line.length() + word.length() + 1 > width && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String format(Object v) {
    if (v instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e12
          ? Long.toString(d.longValue())
          : String.format(Locale.ROOT, "%.3f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return String.valueOf(v);
  }

  private static double niceCeiling(double max) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= max) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
