package org.veedor.web.history;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.veedor.history.application.HistoricalImport;
import org.veedor.history.application.ImportRunView;
import org.veedor.history.domain.Finding;
import org.veedor.history.domain.ImportRefusal;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InvalidInputException;
import org.veedor.web.platform.Messages;

/**
 * The import page (admin/imports.xhtml): choose a shipped mapping and the export's files (each
 * named by its role, such as complaints.csv), start, follow the progress bar, then read the report
 * and the rejected rows. A run still going when the page opens (resumed after a restart, or started
 * from another page) shows its bar.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HistoricalImport imports;

  private String mapping = HistoricalImport.SHIPPED.get(0);
  private transient List<jakarta.servlet.http.Part> files;
  private Long runId;
  private ImportRunView run;

  @PostConstruct
  void open() {
    imports.runs().stream()
        .filter(r -> "RUNNING".equals(r.state()))
        .findFirst()
        .ifPresent(
            r -> {
              run = r;
              runId = r.id();
            });
  }

  public void start() {
    if (files == null || files.isEmpty()) {
      Messages.error("import.noFiles");
      return;
    }
    Map<String, InputStream> parts = new LinkedHashMap<>();
    for (jakarta.servlet.http.Part f : files) {
      String name = f.getSubmittedFileName() == null ? "" : f.getSubmittedFileName();
      String role = name.replaceAll("(?i)\\.csv$", "").toLowerCase(Locale.ROOT);
      try (InputStream in = f.getInputStream()) {
        parts.put(role, new ByteArrayInputStream(in.readAllBytes()));
      } catch (java.io.IOException e) {
        Messages.error("import.noFiles");
        return;
      }
    }
    try {
      String text =
          imports
              .shippedMapping(mapping)
              .orElseThrow(
                  () ->
                      new InvalidInputException("mapping", ImportRefusal.NO_SUCH_MAPPING, mapping));
      run = imports.start(text, parts);
      runId = run.id();
    } catch (InvalidInputException e) {
      Messages.error("import.invalid", Messages.describe(e, "import."));
    } catch (ConflictException e) {
      Messages.error("import.running");
    }
  }

  /** The run's progress for the bar (100 once it ended). */
  public int getPercent() {
    if (runId == null) {
      return 0;
    }
    run = imports.run(runId).orElse(run);
    return run == null ? 0 : run.percent();
  }

  public void finished() {
    run = imports.run(runId).orElse(run);
    if (run != null && "FAILED".equals(run.state())) {
      Messages.error("import.failed", run.failure());
    } else {
      Messages.info("import.done");
    }
  }

  public List<ImportRunView> getRuns() {
    return imports.runs();
  }

  public List<Finding> findings(long id) {
    return imports.findings(id, 200);
  }

  public List<String> getMappings() {
    return HistoricalImport.SHIPPED;
  }

  public ImportRunView getRun() {
    return run;
  }

  public Long getRunId() {
    return runId;
  }

  public String getMapping() {
    return mapping;
  }

  public void setMapping(String mapping) {
    this.mapping = mapping;
  }

  public List<jakarta.servlet.http.Part> getFiles() {
    return files;
  }

  public void setFiles(List<jakarta.servlet.http.Part> files) {
    this.files = files;
  }
}
