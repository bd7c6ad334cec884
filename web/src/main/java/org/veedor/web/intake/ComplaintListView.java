package org.veedor.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.veedor.intake.application.ComplaintQueries;
import org.veedor.intake.application.ComplaintSummary;
import org.veedor.intake.domain.ComplaintFilter;
import org.veedor.intake.domain.ComplaintStatus;
import org.veedor.officers.application.OfficerRegistry;
import org.veedor.officers.application.TerritoryView;
import org.veedor.officers.application.UnitView;
import org.veedor.web.platform.Messages;
import org.veedor.web.platform.PagedDataModel;

/** The complaint list: a filter form and a lazy, paged table (complaint-list.xhtml). */
@Named
@ViewScoped
public class ComplaintListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ComplaintQueries queries;
  @Inject OfficerRegistry registry;

  private final Filters filters = new Filters();
  private PagedDataModel<ComplaintSummary> complaints;
  private int first;
  private List<String> categories;
  private List<TerritoryView> territories;
  private List<UnitView> units;

  @PostConstruct
  void init() {
    complaints =
        new PagedDataModel<>(
            request -> queries.search(filters.toFilter(), request),
            ComplaintSummary::referenceNumber);
    categories = queries.categories().stream().map(ComplaintQueries.CategoryView::code).toList();
    territories = registry.territories();
    units = registry.units();
  }

  /** Applies the filters; the table reloads from its first page. */
  public void search() {
    if (filters.receivedFrom != null
        && filters.receivedTo != null
        && filters.receivedFrom.isAfter(filters.receivedTo)) {
      Messages.error("complaint.list.error.dateRange");
      return;
    }
    filters.applied = filters.current();
    first = 0;
  }

  public void reset() {
    filters.status = null;
    filters.categoryCode = null;
    filters.territoryCode = null;
    filters.unitCode = null;
    filters.receivedFrom = null;
    filters.receivedTo = null;
    filters.applied = ComplaintFilter.none();
    first = 0;
  }

  /** The first row the table shows: back to the first page whenever the filters change. */
  public int getFirst() {
    return first;
  }

  public void setFirst(int first) {
    this.first = first;
  }

  public PagedDataModel<ComplaintSummary> getComplaints() {
    return complaints;
  }

  public Filters getFilters() {
    return filters;
  }

  public ComplaintStatus[] getStatuses() {
    return ComplaintStatus.values();
  }

  public List<String> getCategories() {
    return categories;
  }

  public List<TerritoryView> getTerritories() {
    return territories;
  }

  public List<UnitView> getUnits() {
    return units;
  }

  /** The filter form's fields, and the filter last applied to the table. */
  public static class Filters implements Serializable {
    private static final long serialVersionUID = 1L;

    private ComplaintStatus status;
    private String categoryCode;
    private String territoryCode;
    private String unitCode;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private ComplaintFilter applied = ComplaintFilter.none();

    ComplaintFilter current() {
      return new ComplaintFilter(
          status, categoryCode, unitCode, territoryCode, null, receivedFrom, receivedTo);
    }

    ComplaintFilter toFilter() {
      return applied;
    }

    public ComplaintStatus getStatus() {
      return status;
    }

    public void setStatus(ComplaintStatus status) {
      this.status = status;
    }

    public String getCategoryCode() {
      return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
      this.categoryCode = categoryCode;
    }

    public String getTerritoryCode() {
      return territoryCode;
    }

    public void setTerritoryCode(String territoryCode) {
      this.territoryCode = territoryCode;
    }

    public String getUnitCode() {
      return unitCode;
    }

    public void setUnitCode(String unitCode) {
      this.unitCode = unitCode;
    }

    public LocalDate getReceivedFrom() {
      return receivedFrom;
    }

    public void setReceivedFrom(LocalDate receivedFrom) {
      this.receivedFrom = receivedFrom;
    }

    public LocalDate getReceivedTo() {
      return receivedTo;
    }

    public void setReceivedTo(LocalDate receivedTo) {
      this.receivedTo = receivedTo;
    }
  }
}
