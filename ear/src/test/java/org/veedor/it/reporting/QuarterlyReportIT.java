package org.veedor.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.Pages;
import org.veedor.it.support.ServerRestart;

/**
 * The quarterly report: built in the background with its progress, served as a PDF to the reader
 * who asked, and the PDF opens and shows its charts and tables (its first page rendered with
 * pdftoppm, its text read with pdftotext).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuarterlyReportIT {

  static final Path OUT =
      Path.of(System.getProperty("veedor.it.screenshots", "target/screenshots"))
          .resolveSibling("reports");

  @ArquillianResource ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldBuildAQuarterlyPdfThatOpensWithChartsAndTables() throws Exception {
    LocalDate last = LocalDate.now().minusMonths(3);
    int year = last.getYear();
    int quarter = (last.getMonthValue() - 1) / 3 + 1;
    Api.Reply started =
        Api.as("board")
            .post(
                "reports/quarterly?year=" + year + "&quarter=" + quarter + "&lang=es",
                "application/json",
                "");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().getString("id");
    JsonObject job = started.json();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    int last0 = -1;
    while (job.getString("state").equals("RUNNING") && Instant.now().isBefore(deadline)) {
      Thread.sleep(300);
      job = Api.as("board").get("reports/quarterly/" + id).json();
      assertThat(job.getInt("percent")).isGreaterThanOrEqualTo(last0);
      last0 = job.getInt("percent");
    }
    assertThat(job.getString("state")).as(job.toString()).isEqualTo("DONE");
    assertThat(job.getInt("percent")).isEqualTo(100);

    assertThat(Api.as("auditor").get("reports/quarterly/" + id).status())
        .as("another reader cannot fetch the board's report")
        .isEqualTo(404);
    assertThat(Api.as("intake").get("reports/quarterly/" + id).status()).isEqualTo(403);

    byte[] pdf = download("board", "reports/quarterly/" + id + "/pdf");
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    Files.createDirectories(OUT);
    Path file = OUT.resolve("quarterly-" + year + "-Q" + quarter + ".pdf");
    Files.write(file, pdf);

    run(
        "pdftoppm",
        "-png",
        "-r",
        "60",
        "-f",
        "1",
        "-l",
        "1",
        file.toString(),
        OUT.resolve("quarterly-page").toString());
    Path png =
        Files.list(OUT)
            .filter(
                p ->
                    p.getFileName().toString().startsWith("quarterly-page")
                        && p.toString().endsWith(".png"))
            .findFirst()
            .orElseThrow();
    BufferedImage page = ImageIO.read(png.toFile());
    int ink = 0;
    int chartBlue = 0;
    for (int x = 0; x < page.getWidth(); x++) {
      for (int y = 0; y < page.getHeight(); y++) {
        int rgb = page.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r + g + b < 600) {
          ink++;
        }
        if (Math.abs(r - 31) < 25 && Math.abs(g - 79) < 25 && Math.abs(b - 120) < 25) {
          chartBlue++;
        }
      }
    }
    int pixels = page.getWidth() * page.getHeight();
    assertThat(ink).as("the first page is not blank").isGreaterThan(pixels / 100);
    assertThat(chartBlue).as("the first page shows a chart's bars").isGreaterThan(200);

    String text = run("pdftotext", "-layout", file.toString(), "-");
    assertThat(text)
        .contains("Informe trimestral de supervisión")
        .contains("Volumen y tasa")
        .contains("Tasa de acreditación")
        .contains("Denuncias")
        .as("the organized-crime-linked trend, sealed cases counted")
        .containsPattern("Proporción de corrupción - últimos dos\\s+años")
        .contains("Vinculadas al crimen organizado")
        .as("each figure traced to the search that finds its records")
        .contains("received:" + year + "-Q" + quarter)
        .containsPattern(year + "-\\d\\d");

    // tagged for screen readers, as another reader than the writer's library sees it
    assertThat(run("pdfinfo", file.toString())).containsPattern("Tagged:\\s+yes");
    String structure = run("pdfinfo", "-struct-text", file.toString());
    assertThat(structure)
        .startsWith("Document")
        .contains("H1 (block)")
        .contains("\"Informe trimestral de supervisión")
        .contains("H2 (block)")
        .contains("Figure")
        .contains("Table (block)")
        .contains("/Scope /Column")
        .contains("TD");
  }

  @Test
  void shouldKeepReportsAndFinishTheirBuildsAcrossARestart() throws Exception {
    Api.Reply first =
        Api.as("leadership")
            .post("reports/quarterly?year=2025&quarter=4&lang=en", "application/json", "");
    assertThat(first.status()).as(first.body()).isEqualTo(202);
    String done = first.json().getString("id");
    assertThat(waitFor("leadership", done).getString("state")).isEqualTo("DONE");
    byte[] before = download("leadership", "reports/quarterly/" + done + "/pdf");

    Api.Reply second =
        Api.as("leadership")
            .post("reports/quarterly?year=2026&quarter=1&lang=pt", "application/json", "");
    assertThat(second.status()).as(second.body()).isEqualTo(202);
    String building = second.json().getString("id");
    Duration restart = ServerRestart.reload(management);
    System.out.println("server reloaded in " + restart.toMillis() + " ms");

    assertThat(download("leadership", "reports/quarterly/" + done + "/pdf"))
        .as("a finished report is served after the restart as it was")
        .isEqualTo(before);
    JsonObject after = waitFor("leadership", building);
    assertThat(after.getString("state"))
        .as("a report asked for just before the restart is built: " + after)
        .isEqualTo("DONE");
    byte[] pdf = download("leadership", "reports/quarterly/" + building + "/pdf");
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

    Api.Reply mine = Api.as("leadership").get("reports/quarterly");
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.body()).contains(done).contains(building);
    assertThat(mine.body().indexOf(building))
        .as("newest first")
        .isLessThan(mine.body().indexOf(done));
    String page = Pages.signedIn("leadership").get("reports/quarterly.xhtml");
    assertThat(page)
        .as("the page lists both, ready to download")
        .containsPattern("data-state=\"DONE\" data-id=\"" + building + "\"")
        .containsPattern("data-state=\"DONE\" data-id=\"" + done + "\"")
        .contains("2026-Q1")
        .contains("2025-Q4")
        .contains("veedor-report-download");
    assertThat(Api.as("board").get("reports/quarterly").body())
        .as("another reader's list holds none of them")
        .doesNotContain(done)
        .doesNotContain(building);
  }

  @Test
  void shouldRefuseABadQuarterWithAProblem() {
    Api.Reply bad =
        Api.as("board").post("reports/quarterly?year=2026&quarter=5", "application/json", "");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.invalidParams()).contains("quarter");
  }

  private static JsonObject waitFor(String user, String id) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    JsonObject job = Api.as(user).get("reports/quarterly/" + id).json();
    while (job.getString("state").equals("RUNNING") && Instant.now().isBefore(deadline)) {
      Thread.sleep(300);
      job = Api.as(user).get("reports/quarterly/" + id).json();
    }
    return job;
  }

  private static byte[] download(String user, String path)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "api/" + path))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    (user + ":" + Api.DEMO_PASSWORD)
                                        .getBytes(StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/pdf");
    return response.body();
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    return out;
  }
}
