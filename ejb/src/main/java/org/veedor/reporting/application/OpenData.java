package org.veedor.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.CategoryGroup;
import org.veedor.intake.domain.Disposition;
import org.veedor.platform.protection.PersonalDataKey;
import org.veedor.reporting.domain.CountTable;
import org.veedor.reporting.domain.Period;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.domain.SmallCellSuppression;
import org.veedor.reporting.domain.SuppressedTable;
import org.veedor.reporting.infrastructure.ReportSql;

/**
 * The public datasets (DOMAIN.md, public release): counts only, never a complainant field, sealed
 * cases counted (never listed: the officers of sealed cases are left out), officers named or under
 * pseudonyms as the deployment configures ({@code VEEDOR_OPEN_DATA_OFFICERS}: {@code pseudonymous},
 * the default, or {@code named}), and every published cell or total at least k ({@code
 * VEEDOR_OPEN_DATA_K}, default 5), with complementary suppression so that no suppressed cell
 * follows from the totals.
 */
@Stateless
@PermitAll
public class OpenData {

  /** A public dataset's description. */
  public record Dataset(String name, String title, String rowsAre, String columnsAre) {}

  public static final List<Dataset> DATASETS =
      List.of(
          new Dataset(
              "allegations-by-year-and-group",
              "Allegations by year of receipt and allegation group",
              "year",
              "allegation group"),
          new Dataset(
              "allegations-by-year-and-finding",
              "Allegations by year of receipt and final finding",
              "year",
              "finding"),
          new Dataset(
              "complaints-by-territory-and-year",
              "Complaints by territory and year of receipt",
              "territory",
              "year"),
          new Dataset(
              "corruption-complaints-by-year-and-organized-crime-link",
              "Corruption complaints by year of receipt and alleged link to organized crime"
                  + " (sealed cases counted)",
              "year",
              "link to organized crime"),
          new Dataset(
              "officers-by-allegations",
              "Officers named in complaints: allegations and sustained allegations",
              "officer",
              "count"));

  /** A reader who sees what the public may: no sealed case. */
  private static final Viewer PUBLIC = Viewer.anonymous("public");

  @PersistenceContext EntityManager em;
  @Inject ReportingSettings settings;

  public int k() {
    return settings.openDataK();
  }

  public boolean officersNamed() {
    return settings.openDataOfficers() == ReportingSettings.OfficerNames.NAMED;
  }

  /** A dataset, suppressed for publication; empty for an unknown name. */
  public Optional<SuppressedTable> dataset(String name) {
    CountTable table =
        switch (name) {
          case "allegations-by-year-and-group" ->
              table(
                  counts(
                      """
                      select {period}, gc.category_group, count(*)
                      from complaint c
                      join allegation a on a.complaint_id = c.id
                      join allegation_category gc on gc.id = a.category_id
                      {where}
                      group by {period}, gc.category_group
                      """),
                  names(CategoryGroup.values()));
          case "allegations-by-year-and-finding" ->
              table(
                  counts(
                      """
                      select {period}, coalesce(a.disposition, 'UNDECIDED'), count(*)
                      from complaint c
                      join allegation a on a.complaint_id = c.id
                      {where}
                      group by {period}, coalesce(a.disposition, 'UNDECIDED')
                      """),
                  findings());
          case "complaints-by-territory-and-year" -> complaintsByTerritory();
          case "corruption-complaints-by-year-and-organized-crime-link" -> organizedCrimeLink();
          case "officers-by-allegations" -> officers();
          default -> null;
        };
    return Optional.ofNullable(table).map(t -> new SmallCellSuppression(k()).apply(t));
  }

  /**
   * Rows of (row label, column label, count) from a query over the complaints the public may count
   * ({@code {where}}), by year of receipt ({@code {period}}).
   */
  private List<Object[]> counts(String template) {
    List<Object[]> rows =
        ReportSql.of(PUBLIC, AccessPolicy.Purpose.COUNT, ReportFilter.all(Period.YEAR), null)
            .fill(template)
            .query(em)
            .getResultList();
    return rows;
  }

  private CountTable complaintsByTerritory() {
    List<Object[]> rows =
        counts(
            """
            select coalesce(t.name, 'Unknown'), {period}, count(*)
            from complaint c
            left join territory t on t.id = c.territory_id
            {where}
            group by coalesce(t.name, 'Unknown'), {period}
            """);
    TreeSet<String> years = new TreeSet<>();
    rows.forEach(r -> years.add(label(r[1])));
    return table(rows, new ArrayList<>(years));
  }

  /**
   * Complaints alleging corruption, by year and by whether they allege a link to organized crime:
   * the trend this product exists to report, with the sealed cases counted.
   */
  private CountTable organizedCrimeLink() {
    return table(
        counts(
            """
            select {period},
              case when c.organized_crime_link then 'LINKED_TO_ORGANIZED_CRIME' else 'NOT_LINKED' end,
              count(*)
            from complaint c
            {where}
              and exists (
                select 1 from allegation a
                join allegation_category g on g.id = a.category_id
                where a.complaint_id = c.id and g.category_group = 'CORRUPTION')
            group by {period},
              case when c.organized_crime_link then 'LINKED_TO_ORGANIZED_CRIME' else 'NOT_LINKED' end
            """),
        List.of("LINKED_TO_ORGANIZED_CRIME", "NOT_LINKED"));
  }

  /**
   * Officers by their allegations and sustained allegations; only officers named in at least k
   * allegations are listed (a row total is a count of allegations too).
   */
  private CountTable officers() {
    // officers are persons: those of sealed cases are left out
    List<Object[]> rows =
        ReportSql.of(PUBLIC, AccessPolicy.Purpose.READ, ReportFilter.all(Period.YEAR), null)
            .fill(
                """
                select o.badge_number, o.family_names, o.given_names,
                  sum(case when a.disposition = 'SUSTAINED' then 0 else 1 end),
                  sum(case when a.disposition = 'SUSTAINED' then 1 else 0 end)
                from complaint c
                join allegation a on a.complaint_id = c.id
                join officer o on o.id = a.officer_id
                {where}
                group by o.id, o.badge_number, o.family_names, o.given_names
                having count(*) >= ?
                order by count(*) desc, o.badge_number
                """,
                k())
            .query(em)
            .setMaxResults(500)
            .getResultList();
    boolean named = officersNamed();
    List<String> labels = new ArrayList<>();
    long[][] cells = new long[rows.size()][2];
    for (int i = 0; i < rows.size(); i++) {
      Object[] r = rows.get(i);
      labels.add(
          named
              ? r[1] + ", " + r[2] + " (" + r[0] + ")"
              : "officer " + PersonalDataKey.pseudonym("open-data officers", (String) r[0]));
      cells[i][0] = ((Number) r[3]).longValue();
      cells[i][1] = ((Number) r[4]).longValue();
    }
    return new CountTable(labels, List.of("NOT_SUSTAINED_OR_UNDECIDED", "SUSTAINED"), cells);
  }

  /** Rows of (row label, column label, count) as a table over the given columns. */
  private static CountTable table(List<Object[]> rows, List<String> columns) {
    Map<String, long[]> byRow = new LinkedHashMap<>();
    TreeSet<String> rowLabels = new TreeSet<>();
    rows.forEach(r -> rowLabels.add(label(r[0])));
    rowLabels.forEach(l -> byRow.put(l, new long[columns.size()]));
    for (Object[] r : rows) {
      int column = columns.indexOf(label(r[1]));
      if (column >= 0) {
        byRow.get(label(r[0]))[column] += ((Number) r[2]).longValue();
      }
    }
    return new CountTable(
        new ArrayList<>(byRow.keySet()), columns, byRow.values().toArray(new long[0][]));
  }

  private static String label(Object value) {
    if (value instanceof Number n) {
      return Long.toString(n.longValue());
    }
    return String.valueOf(value);
  }

  private static List<String> names(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> v : values) {
      names.add(v.name());
    }
    return names;
  }

  private static List<String> findings() {
    List<String> names = names(Disposition.values());
    names.add("UNDECIDED");
    return names;
  }
}
