package org.veedor.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.veedor.audit.application.AuditQueries;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.StoredEvent;
import org.veedor.audit.domain.Verification;
import org.veedor.web.platform.Messages;
import org.veedor.web.platform.PagedDataModel;

/** The auditor's view of the trail (audit-trail.xhtml): filters, a lazy table, verification. */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditQueries queries;

  private String username;
  private AuditEventType type;
  private LocalDate from;
  private LocalDate to;
  private int first;
  private Verification verification;
  private PagedDataModel<StoredEvent> events;

  @PostConstruct
  void init() {
    events =
        new PagedDataModel<>(
            request -> queries.list(username, type, null, from, to, request),
            event -> Long.toString(event.id()));
  }

  public void search() {
    if (from != null && to != null && from.isAfter(to)) {
      Messages.error("complaint.list.error.dateRange");
      return;
    }
    first = 0;
  }

  public void verify() {
    verification = queries.verify();
  }

  public AuditEventType[] getTypes() {
    return AuditEventType.values();
  }

  public PagedDataModel<StoredEvent> getEvents() {
    return events;
  }

  public Verification getVerification() {
    return verification;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public AuditEventType getType() {
    return type;
  }

  public void setType(AuditEventType type) {
    this.type = type;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public int getFirst() {
    return first;
  }

  public void setFirst(int first) {
    this.first = first;
  }
}
