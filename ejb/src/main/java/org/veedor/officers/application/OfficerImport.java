package org.veedor.officers.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.domain.Roles;
import org.veedor.officers.domain.BadgeNumber;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.OfficerRefusal;
import org.veedor.officers.domain.OfficerRepository;
import org.veedor.officers.domain.OfficerStatus;
import org.veedor.officers.domain.Rank;
import org.veedor.officers.domain.Unit;
import org.veedor.officers.domain.UnitRepository;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.csv.CsvFormatException;
import org.veedor.platform.csv.CsvReader;

/**
 * Imports the officer registry from a personnel system's CSV export, keyed by badge number: a new
 * badge creates an officer, a known one is updated, and a posting to another unit closes the
 * current one. Importing the same file again changes nothing. A bad line is refused with its number
 * and reason; the good lines are kept.
 *
 * <p>Columns, by header name in any order: {@code badge_number}, {@code given_names}, {@code
 * family_names}, {@code rank}, {@code unit_code}, and optionally {@code status} (ACTIVE when
 * absent) and {@code assigned_from} (ISO date; today when absent).
 */
@RolesAllowed(Roles.ADMIN)
@Stateless
public class OfficerImport {

  private static final Logger LOG = Logger.getLogger(OfficerImport.class.getName());
  private static final List<String> REQUIRED =
      List.of("badge_number", "given_names", "family_names", "rank", "unit_code");
  private static final Map<String, Rank> RANK_NAMES = rankNames();

  @Inject OfficerRepository officers;
  @Inject UnitRepository units;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @PersistenceContext EntityManager em;

  public ImportReport importCsv(Reader csv) {
    CsvReader reader = new CsvReader(csv);
    List<ImportReport.Rejection> rejected = new ArrayList<>();
    int records = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    try {
      CsvReader.Record header = reader.next();
      Map<String, Integer> columns = columns(header);
      Map<String, Unit> unitsByCode = new HashMap<>();
      units.findAll().forEach(u -> unitsByCode.put(u.code(), u));
      Map<String, Integer> seenOnLine = new HashMap<>();
      LocalDate today = LocalDate.now(clock);
      CsvReader.Record record;
      while (true) {
        try {
          record = reader.next();
        } catch (CsvFormatException e) {
          rejected.add(
              new ImportReport.Rejection(
                  e.line(),
                  e.getMessage().replaceFirst("^line \\d+: ", "")
                      + "; the rest of the file was not read"));
          break;
        }
        if (record == null) {
          break;
        }
        if (record.isBlank()) {
          continue;
        }
        records++;
        try {
          Outcome outcome = apply(record, columns, unitsByCode, seenOnLine, today);
          switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
          }
        } catch (IllegalArgumentException e) {
          rejected.add(new ImportReport.Rejection(record.line(), e.getMessage()));
        }
        if (records % 500 == 0) {
          em.flush();
          em.clear();
          units.findAll().forEach(u -> unitsByCode.put(u.code(), u));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CsvFormatException e) {
      throw new InvalidInputException("file", e.reason(), e.arguments());
    }
    ImportReport report = new ImportReport(records, created, updated, unchanged, rejected);
    audit.record(
        AuditEventType.OFFICERS_IMPORTED,
        "OFFICER_REGISTRY",
        null,
        AuditOutcome.SUCCESS,
        String.format(
            "%d records, %d created, %d updated, %d unchanged, %d rejected",
            records, created, updated, unchanged, rejected.size()));
    LOG.info(
        () ->
            String.format(
                "officer registry import: %d records, %d created, %d updated, %d unchanged, %d rejected",
                report.records(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.rejected().size()));
    return report;
  }

  private enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  private Outcome apply(
      CsvReader.Record record,
      Map<String, Integer> columns,
      Map<String, Unit> unitsByCode,
      Map<String, Integer> seenOnLine,
      LocalDate today) {
    if (record.fields().size() != columns.size()) {
      throw new IllegalArgumentException(
          "expected " + columns.size() + " fields, found " + record.fields().size());
    }
    BadgeNumber badge = BadgeNumber.parse(field(record, columns, "badge_number"));
    Integer earlier = seenOnLine.putIfAbsent(badge.value(), record.line());
    if (earlier != null) {
      throw new IllegalArgumentException("badge " + badge + " already appears on line " + earlier);
    }
    String given = requireName(field(record, columns, "given_names"), "given_names");
    String family = requireName(field(record, columns, "family_names"), "family_names");
    Rank rank = rank(field(record, columns, "rank"));
    OfficerStatus status = status(optionalField(record, columns, "status"));
    String unitCode = field(record, columns, "unit_code").toUpperCase(Locale.ROOT);
    Unit unit = unitsByCode.get(unitCode);
    if (unit == null) {
      throw new IllegalArgumentException("unit_code: no unit has the code " + unitCode);
    }
    LocalDate from = date(optionalField(record, columns, "assigned_from"), today);
    if (from.isAfter(today)) {
      throw new IllegalArgumentException("assigned_from: a posting cannot start in the future");
    }

    Optional<Officer> existing = officers.findByBadge(badge);
    if (existing.isEmpty()) {
      Officer officer = new Officer(badge, given, family, rank, status);
      officer.assignTo(unit, from);
      officers.add(officer);
      return Outcome.CREATED;
    }
    Officer officer = existing.get();
    // the posting first: it is the only step that can refuse, and it refuses before changing
    boolean moved = officer.assignTo(unit, from);
    boolean changed = officer.updateRecord(given, family, rank, status);
    return moved || changed ? Outcome.UPDATED : Outcome.UNCHANGED;
  }

  private static Map<String, Integer> columns(CsvReader.Record header) {
    if (header == null) {
      throw new InvalidInputException("file", OfficerRefusal.EMPTY_FILE);
    }
    Map<String, Integer> columns = new HashMap<>();
    Set<String> duplicates = new HashSet<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
      if (columns.put(name, i) != null) {
        duplicates.add(name);
      }
    }
    List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty() || !duplicates.isEmpty()) {
      throw duplicates.isEmpty()
          ? new InvalidInputException("header", OfficerRefusal.MISSING_COLUMNS, missing)
          : missing.isEmpty()
              ? new InvalidInputException(
                  "header", OfficerRefusal.REPEATED_COLUMNS, new TreeSet<>(duplicates))
              : new InvalidInputException(
                  "header",
                  OfficerRefusal.MISSING_AND_REPEATED_COLUMNS,
                  missing,
                  new TreeSet<>(duplicates));
    }
    return columns;
  }

  private static String field(CsvReader.Record record, Map<String, Integer> columns, String name) {
    String value = record.fields().get(columns.get(name)).strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + ": a value is required");
    }
    return value;
  }

  private static String optionalField(
      CsvReader.Record record, Map<String, Integer> columns, String name) {
    Integer index = columns.get(name);
    if (index == null) {
      return null;
    }
    String value = record.fields().get(index).strip();
    return value.isEmpty() ? null : value;
  }

  private static String requireName(String value, String column) {
    if (value.length() > 120) {
      throw new IllegalArgumentException(column + ": longer than 120 characters");
    }
    return value;
  }

  private static Rank rank(String value) {
    Rank rank = RANK_NAMES.get(normalise(value));
    if (rank == null) {
      throw new IllegalArgumentException("rank: unknown rank " + value);
    }
    return rank;
  }

  private static OfficerStatus status(String value) {
    if (value == null) {
      return OfficerStatus.ACTIVE;
    }
    try {
      return OfficerStatus.valueOf(normalise(value));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("status: unknown status " + value);
    }
  }

  private static LocalDate date(String value, LocalDate today) {
    if (value == null) {
      return today;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("assigned_from: not a date (YYYY-MM-DD): " + value);
    }
  }

  private static String normalise(String value) {
    return java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toUpperCase(Locale.ROOT)
        .replaceAll("[\\s-]+", "_");
  }

  /** Rank names as personnel systems in the region write them, onto Veedor's ranks. */
  private static Map<String, Rank> rankNames() {
    Map<String, Rank> names = new HashMap<>();
    for (Rank rank : Rank.values()) {
      names.put(rank.name(), rank);
    }
    names.put("POLICE_OFFICER", Rank.OFFICER);
    names.put("CONSTABLE", Rank.OFFICER);
    names.put("AGENTE", Rank.OFFICER);
    names.put("PATRULLERO", Rank.OFFICER);
    names.put("POLICIA", Rank.OFFICER);
    names.put("SOLDADO", Rank.OFFICER);
    names.put("CABO", Rank.CORPORAL);
    names.put("SARGENTO", Rank.SERGEANT);
    names.put("TENIENTE", Rank.LIEUTENANT);
    names.put("SUBTENIENTE", Rank.LIEUTENANT);
    names.put("CAPITAN", Rank.CAPTAIN);
    names.put("CAPITAO", Rank.CAPTAIN);
    names.put("MAYOR", Rank.MAJOR);
    names.put("MAJOR", Rank.MAJOR);
    names.put("COMANDANTE", Rank.COMMANDER);
    names.put("CORONEL", Rank.COMMANDER);
    names.put("TENIENTE_CORONEL", Rank.COMMANDER);
    names.put("SUPERINTENDENT", Rank.COMMANDER);
    names.put("GENERAL", Rank.CHIEF);
    names.put("COMISARIO", Rank.CHIEF);
    names.put("DELEGADO", Rank.CHIEF);
    return Map.copyOf(names);
  }
}
