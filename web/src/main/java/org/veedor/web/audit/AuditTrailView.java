package org.veedor.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.veedor.audit.application.AuditEventView;
import org.veedor.audit.application.AuditQueries;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.Verification;
import org.veedor.platform.paging.Page;
import org.veedor.platform.paging.PageRequest;
import org.veedor.web.platform.Messages;

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
  private Events events;

  @PostConstruct
  void init() {
    events = new Events();
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

  public Events getEvents() {
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

  /** Pages of events with the form's filters, newest first. */
  public class Events extends LazyDataModel<AuditEventView> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, page(new PageRequest(0, 1)).totalElements());
    }

    @Override
    public List<AuditEventView> load(
        int offset, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, Math.min(PageRequest.MAX_SIZE, pageSize));
      Page<AuditEventView> page = page(new PageRequest(offset / size, size));
      setRowCount((int) Math.min(Integer.MAX_VALUE, page.totalElements()));
      return page.items();
    }

    @Override
    public String getRowKey(AuditEventView event) {
      return Long.toString(event.id());
    }

    @Override
    public AuditEventView getRowData(String rowKey) {
      return null;
    }

    private Page<AuditEventView> page(PageRequest request) {
      return queries.list(username, type, null, from, to, request);
    }
  }
}
