package org.veedor.web.intake;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.veedor.casework.application.CaseWork;
import org.veedor.casework.application.TimelineEntry;
import org.veedor.intake.application.ComplaintDetails;
import org.veedor.intake.application.ComplaintQueries;

/** One complaint with its allegations (complaint-detail.xhtml?reference=VE-...). */
@Named
@ViewScoped
public class ComplaintDetailView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ComplaintQueries queries;
  @Inject CaseWork tasks;
  @Inject org.veedor.web.platform.Formats formats;
  @Inject org.veedor.discipline.application.OfficerSanctions officerSanctions;
  @Inject org.veedor.search.application.CaseSearch search;

  private String reference;
  private ComplaintDetails complaint;
  private List<TimelineEntry> timeline = List.of();
  private List<org.veedor.discipline.application.OfficerSanction> sanctions = List.of();
  private List<org.veedor.search.application.SearchResults.Hit> similar = List.of();
  private String diagramJson;

  /**
   * Reads the complaint named by the page's parameter (an unknown one shows "not found") and the
   * steps of its lifecycle with the changes the audit trail recorded.
   */
  public void load() {
    complaint = reference == null ? null : queries.find(reference).orElse(null);
    if (complaint != null) {
      timeline = tasks.timeline(reference).orElse(List.of());
      sanctions = officerSanctions.of(reference).orElse(List.of());
      similar = search.similar(reference, 5).orElse(List.of());
      try {
        diagramJson = tasks.diagram(reference).map(ComplaintDetailView::json).orElse(null);
      } catch (jakarta.ejb.EJBAccessException e) {
        diagramJson = null; // a role that reads the case but not its lifecycle's drawing
      }
    }
  }

  /**
   * Whether the page draws the case's lifecycle: only a case with a run the reader may see, so the
   * page never asks for a drawing that is not there.
   */
  public boolean isDiagramShown() {
    return diagramJson != null;
  }

  /**
   * The drawing's model and marks as JSON, written into the page (read once with the page, not
   * fetched again); every {@code <} is escaped so that nothing in it can end the script element.
   */
  public String getDiagramJson() {
    return diagramJson;
  }

  static String json(CaseWork.Diagram diagram) {
    return jakarta.json.Json.createObjectBuilder()
        .add("xml", diagram.xml())
        .add("completed", jakarta.json.Json.createArrayBuilder(diagram.completed()))
        .add("active", jakarta.json.Json.createArrayBuilder(diagram.active()))
        .build()
        .toString()
        .replace("<", "\\u003c");
  }

  /** The lifecycle's steps and the case's recorded changes, newest first. */
  public List<TimelineEntry> getTimeline() {
    List<TimelineEntry> newestFirst = new java.util.ArrayList<>(timeline);
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** A written text's heading: the task or event it was written in, and the field. */
  public String textLabel(TimelineEntry entry) {
    String code = entry.code();
    int dot = code.lastIndexOf('.');
    if (dot < 0) {
      return org.veedor.web.tasks.StepLabels.of(code);
    }
    return org.veedor.web.tasks.StepLabels.of(code.substring(0, dot))
        + " · "
        + org.veedor.web.platform.Messages.text("task.field." + code.substring(dot + 1));
  }

  /** A known date of a complaint without a lifecycle: what happened, and the findings decided. */
  public String dateLabel(TimelineEntry entry) {
    String what = org.veedor.web.platform.Messages.text("complaint.detail.known." + entry.code());
    if (entry.title() == null || entry.title().isBlank()) {
      return what;
    }
    return what
        + ": "
        + java.util.Arrays.stream(entry.title().split(","))
            .map(d -> org.veedor.web.platform.Messages.text("disposition." + d))
            .collect(java.util.stream.Collectors.joining(", "));
  }

  /** The calendar day of a known date, in the complaint's own zone. */
  public String day(TimelineEntry entry) {
    java.time.ZoneId zone =
        complaint == null || complaint.zone() == null
            ? java.time.ZoneOffset.UTC
            : java.time.ZoneId.of(complaint.zone());
    return formats.date(entry.at().atZone(zone).toLocalDate());
  }

  /** Whether an allegation still names no officer (a description, or nothing). */
  public boolean isUnidentified() {
    return complaint != null
        && complaint.allegations().stream().anyMatch(a -> a.badgeNumber() == null);
  }

  /** Each officer's sanction, in the order decided. */
  public List<org.veedor.discipline.application.OfficerSanction> getSanctions() {
    return sanctions;
  }

  /** A sanction as people read it: a suspension with its days. */
  public String sanctionText(String sanction, Integer days) {
    String name = org.veedor.web.platform.Messages.text("task.sanction." + sanction);
    return days == null
        ? name
        : name + " (" + days + " " + org.veedor.web.platform.Messages.text("task.form.days") + ")";
  }

  /** Complaints like this one that the reader may see (full-text search). */
  public List<org.veedor.search.application.SearchResults.Hit> getSimilar() {
    return similar;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public ComplaintDetails getComplaint() {
    return complaint;
  }
}
