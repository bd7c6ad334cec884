package org.veedor.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.veedor.platform.InvalidInputException;
import org.veedor.reporting.application.QuarterlyReports;
import org.veedor.web.platform.Messages;

/**
 * The quarterly report page (reports/quarterly.xhtml): choose the quarter, build the PDF in the
 * background with a progress bar, then download it; the reader's earlier reports are listed with
 * theirs. A report still being built when the page opens (after a restart, say) shows its bar.
 */
@Named
@ViewScoped
public class QuarterlyReportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient QuarterlyReports reports;

  private int year = LocalDate.now().getYear();
  private int quarter = (LocalDate.now().getMonthValue() - 1) / 3 + 1;
  private String territory;
  private String jobId;
  private String state;
  private transient List<QuarterlyReports.Job> mine;

  @PostConstruct
  void open() {
    getMine().stream()
        .filter(j -> "RUNNING".equals(j.state()))
        .findFirst()
        .ifPresent(
            j -> {
              jobId = j.id();
              state = j.state();
              year = j.year();
              quarter = j.quarter();
              territory = j.territory();
            });
  }

  /** The reader's reports, newest first. */
  public List<QuarterlyReports.Job> getMine() {
    if (mine == null) {
      mine = reports.mine();
    }
    return mine;
  }

  public void start() {
    try {
      QuarterlyReports.Job job =
          reports.start(
              year,
              quarter,
              territory == null || territory.isBlank() ? null : territory.strip(),
              Messages.withPrefixes(
                  FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                  "indicator.",
                  "quarterly."));
      jobId = job.id();
      state = job.state();
      mine = null;
    } catch (InvalidInputException e) {
      Messages.error("quarterly.invalid", Messages.describe(e, "quarterly."));
    }
  }

  /** How far the build has come, for the progress bar (100 when it ended either way). */
  public int getPercent() {
    if (jobId == null) {
      return 0;
    }
    return reports
        .job(jobId)
        .map(
            j -> {
              state = j.state();
              return "RUNNING".equals(j.state()) ? j.percent() : 100;
            })
        .orElse(100);
  }

  public void finished() {
    mine = null;
    reports.job(jobId).ifPresent(j -> state = j.state());
    if ("FAILED".equals(state)) {
      Messages.error("quarterly.failed");
    } else if ("DONE".equals(state)) {
      Messages.info("quarterly.done");
    }
  }

  public StreamedContent getPdf() {
    return jobId == null ? null : pdfOf(jobId);
  }

  /** One of the reader's finished reports, for download. */
  public StreamedContent pdfOf(String id) {
    QuarterlyReports.Job job = reports.job(id).orElse(null);
    byte[] pdf = job == null ? null : reports.pdf(id).orElse(null);
    if (pdf == null) {
      Messages.error("quarterly.gone");
      return null;
    }
    return DefaultStreamedContent.builder()
        .name("veedor-" + job.year() + "-Q" + job.quarter() + ".pdf")
        .contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(pdf))
        .build();
  }

  public boolean isDone() {
    return "DONE".equals(state);
  }

  public boolean isRunning() {
    return jobId != null && "RUNNING".equals(state);
  }

  public String getJobId() {
    return jobId;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public int getQuarter() {
    return quarter;
  }

  public void setQuarter(int quarter) {
    this.quarter = quarter;
  }

  public String getTerritory() {
    return territory;
  }

  public void setTerritory(String territory) {
    this.territory = territory;
  }
}
