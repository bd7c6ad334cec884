package org.veedor.it.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.search.CaseSearchIT;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/**
 * Evidence on the real server: documents made by the test are uploaded, their text is found by
 * search within two seconds with a marked passage; a zip bomb and an oversized file are refused
 * with a reason and the server stays up; a stored file changed on disk cannot be downloaded, and
 * its custody log says so; notes keep every version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseFilesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  static byte[] pdf(String text) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.newLineAtOffset(50, 700);
        content.showText(text);
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  static byte[] docx(String text) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText(text);
      document.write(out);
      return out.toByteArray();
    }
  }

  /** A word-processing document whose one part inflates from a few hundred kB to 200 MB. */
  static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 200; i++) {
        zip.write(block);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  /**
   * Uploads as intake a document that does not name the complainant (marked so, as intake's files
   * identify the complainant by default), so a supervisor who does not work the case reads it.
   */
  static String upload(String reference, String name, String type, byte[] bytes) {
    Api.Reply reply =
        Api.as("intake")
            .postBytes(
                "complaints/"
                    + reference
                    + "/files?identifying=false&name="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8),
                type,
                bytes);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return String.valueOf(reply.json().getJsonNumber("id").longValue());
  }

  static JsonObject file(String user, String reference, String id) {
    return Api.as(user).get("complaints/" + reference + "/files/" + id).json();
  }

  /** Waits for the extraction to end (it runs after the upload commits) and answers the file. */
  static JsonObject extracted(String reference, String id) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    JsonObject file = file("supervisor2", reference, id).getJsonObject("file");
    while (file.getString("extractionState").equals("PENDING") && System.nanoTime() < deadline) {
      Thread.sleep(100);
      file = file("supervisor2", reference, id).getJsonObject("file");
    }
    return file;
  }

  static List<String> found(String query) {
    return Api.as("supervisor2")
        .get("search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
        .json()
        .getJsonArray("hits")
        .stream()
        .map(h -> h.asJsonObject().getString("reference"))
        .toList();
  }

  @Test
  void shouldFindTheTextOfAnUploadedPdfAndDocxWithinTwoSeconds() throws Exception {
    String word = CaseSearchIT.nonce();
    String reference =
        CaseSearchIT.register(
            "Denuncia con documentos adjuntos " + word + ".", "E-CAP-1-A", "BRIBERY");
    String other = CaseSearchIT.nonce();
    String pdf =
        upload(
            reference,
            "declaracion.pdf",
            "application/octet-stream",
            pdf("El comandante recibia sobornos del contrabando en el puerto " + other));
    String docxWord = CaseSearchIT.nonce();
    String docx =
        upload(
            reference,
            "informe.docx",
            "application/octet-stream",
            docx("Informe de campo: la extorsión a los transportistas continuó " + docxWord));

    long started = System.nanoTime();
    List<String> hits = found("soborno " + other);
    while (hits.isEmpty() && System.nanoTime() - started < 2_000_000_000L) {
      Thread.sleep(100);
      hits = found("soborno " + other);
    }
    assertThat(hits).as("the PDF's text, found within two seconds").containsExactly(reference);
    long docxStarted = System.nanoTime();
    List<String> docxHits = found("extorsion " + docxWord);
    while (docxHits.isEmpty() && System.nanoTime() - docxStarted < 2_000_000_000L) {
      Thread.sleep(100);
      docxHits = found("extorsion " + docxWord);
    }
    assertThat(docxHits).as("the DOCX's text, found within two seconds").containsExactly(reference);

    JsonObject results =
        Api.as("supervisor2")
            .get("search?q=" + URLEncoder.encode("sobornos " + other, StandardCharsets.UTF_8))
            .json();
    assertThat(results.getJsonArray("hits").getJsonObject(0).getJsonArray("snippets").toString())
        .contains("<mark>sobornos</mark>");

    JsonObject pdfFile = extracted(reference, pdf);
    assertThat(pdfFile.getString("mediaType")).as("told by its bytes").isEqualTo("application/pdf");
    assertThat(extracted(reference, docx).getString("mediaType"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(
            file("supervisor2", reference, pdf).getJsonArray("custody").stream()
                .map(e -> e.asJsonObject().getString("action"))
                .toList())
        .startsWith("ADDED", "TEXT_EXTRACTED")
        .contains("VIEWED");
  }

  @Test
  void shouldRefuseAZipBombAndAnOversizedFileWithAReasonAndStayUp() throws Exception {
    String reference =
        CaseSearchIT.register(
            "Denuncia con un adjunto dañino " + CaseSearchIT.nonce() + ".", "E-CAP-1-A", "BRIBERY");
    String bomb = upload(reference, "bomba.docx", "application/octet-stream", zipBomb());
    JsonObject file = extracted(reference, bomb);
    assertThat(file.getString("extractionState")).as("refused for good").isEqualTo("REFUSED");
    assertThat(file.getString("extractionCode"))
        .as("one reason whichever guard saw it first")
        .isEqualTo("ZIP_BOMB");
    assertThat(file.getString("extractionReason")).containsIgnoringCase("zip bomb");

    byte[] junk = new byte[50 << 20];
    new java.util.Random(7).nextBytes(junk);
    Api.Reply large =
        Api.as("intake")
            .postBytes(
                "complaints/" + reference + "/files?name=junk.bin",
                "application/octet-stream",
                junk);
    assertThat(large.status()).isEqualTo(413);
    assertThat(large.contentType()).startsWith("application/problem+json");

    Api.Reply executable =
        Api.as("intake")
            .postBytes(
                "complaints/" + reference + "/files?name=nota.pdf",
                "application/pdf",
                new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    assertThat(executable.status()).as("a name says nothing: the bytes decide").isEqualTo(415);

    assertThat(Api.as("supervisor2").get("complaints/" + reference).status())
        .as("the server is still up")
        .isEqualTo(200);
  }

  @Test
  void shouldRefuseTheDownloadOfAFileChangedOnDiskAndRecordIt() throws Exception {
    String reference =
        CaseSearchIT.register(
            "Denuncia con una fotografía " + CaseSearchIT.nonce() + ".", "E-CAP-1-A", "BRIBERY");
    byte[] original =
        "Acta de entrega del arma, firmada por el agente.\n"
            .repeat(20)
            .getBytes(StandardCharsets.UTF_8);
    String id = upload(reference, "acta.txt", "text/plain", original);

    Api.Reply intact =
        Api.as("supervisor2").get("complaints/" + reference + "/files/" + id + "/content");
    assertThat(intact.status()).isEqualTo(200);
    assertThat(intact.body()).isEqualTo(new String(original, StandardCharsets.UTF_8));

    String sha = file("supervisor2", reference, id).getJsonObject("file").getString("sha256");
    Path stored =
        Path.of(
            System.getProperty("veedor.it.files"), sha.substring(0, 2), sha.substring(2, 4), sha);
    Files.writeString(stored, "Acta cambiada despues de recibida.");

    Api.Reply refused =
        Api.as("supervisor2").get("complaints/" + reference + "/files/" + id + "/content");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(
            file("supervisor2", reference, id).getJsonArray("custody").stream()
                .map(e -> e.asJsonObject().getString("action"))
                .toList())
        .contains("DOWNLOADED", "INTEGRITY_FAILED");
    List<JsonObject> alerts =
        Api.as("auditor")
            .get("audit?type=EVIDENCE_TAMPERED&object=" + reference)
            .json()
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).getString("username")).isEqualTo("supervisor2");
  }

  @Test
  void shouldKeepEveryVersionOfANote() {
    String word = CaseSearchIT.nonce();
    String reference =
        CaseSearchIT.register(
            "Denuncia para notas " + CaseSearchIT.nonce() + ".", "E-CAP-1-A", "BRIBERY");
    Api.Reply first =
        Api.as("supervisor2")
            .postJson(
                "complaints/" + reference + "/notes",
                "{\"text\": \"Primera entrevista con el testigo.\"}");
    assertThat(first.status()).isEqualTo(201);
    String key = first.json().getString("key");
    Api.Reply second =
        Api.as("supervisor2")
            .put(
                "complaints/" + reference + "/notes/" + key,
                "{\"text\": \"El testigo confirma el cobro de una coima " + word + ".\"}");
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.json().getInt("version")).isEqualTo(2);

    List<String> versions =
        Api.as("supervisor2")
            .get("complaints/" + reference + "/notes/" + key + "/versions")
            .jsonArray()
            .stream()
            .map(v -> v.asJsonObject().getString("text"))
            .toList();
    assertThat(versions).hasSize(2).first().asString().startsWith("Primera entrevista");
    assertThat(found(word)).as("the note's latest text is searchable").containsExactly(reference);
    assertThat(Api.as("intake").get("complaints/" + reference + "/notes").status())
        .as("intake does not read investigators' notes")
        .isEqualTo(403);
  }
}
