package org.veedor.web.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.veedor.reporting.application.OpenData;
import org.veedor.reporting.domain.SuppressedTable;

/**
 * The public transparency page (public/transparency.xhtml): the open datasets as tables, without
 * login; suppressed cells are marked, never shown.
 */
@Named
@RequestScoped
public class TransparencyView {

  @Inject OpenData openData;
  @Inject java.time.Clock clock;

  /** A dataset with its published table. */
  public record Shown(OpenData.Dataset dataset, SuppressedTable table) {

    public List<List<Long>> cells() {
      List<List<Long>> rows = new ArrayList<>();
      for (Long[] row : table.cells()) {
        rows.add(java.util.Arrays.asList(row));
      }
      return rows;
    }

    public List<Long> rowTotals() {
      return java.util.Arrays.asList(table.rowTotals());
    }

    public List<Long> columnTotals() {
      return java.util.Arrays.asList(table.columnTotals());
    }
  }

  private List<Shown> shown;

  public List<Shown> getDatasets() {
    if (shown == null) {
      shown = new ArrayList<>();
      for (OpenData.Dataset d : OpenData.DATASETS) {
        openData.dataset(d.name()).ifPresent(t -> shown.add(new Shown(d, t)));
      }
    }
    return shown;
  }

  /** The deployment's zone, named with the figures. */
  public String getZone() {
    return clock.getZone().getId();
  }

  /** When the figures were read: once per page. */
  public String getAsOf() {
    if (asOf == null) {
      asOf = ReportFilters.asOf(clock);
    }
    return asOf;
  }

  private String asOf;

  public int getK() {
    return openData.k();
  }
}
