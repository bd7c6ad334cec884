package org.veedor.history.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.veedor.intake.domain.Channel;
import org.veedor.intake.domain.Disposition;
import org.veedor.officers.domain.Rank;
import org.veedor.officers.domain.UnitLevel;

/**
 * How another system's export maps onto Veedor's records, as its mapping file declares it: which
 * column holds what, how dates are written, and how the source's codes for ranks, findings and
 * allegation categories translate into Veedor's. Codes the mapping does not know are never an
 * error: categories fall to {@code UNCLASSIFIED}, findings stay undecided, and the source's code is
 * kept beside the record.
 */
public final class ImportMapping {

  /** The category of allegations whose source code maps onto none of Veedor's. */
  public static final String UNCLASSIFIED = "UNCLASSIFIED";

  /** How the source writes an officer's name. */
  public enum NameOrder {
    /** "FAMILY, GIVEN" */
    FAMILY_COMMA_GIVEN,
    /** "GIVEN FAMILY" (the last word is the family name) */
    GIVEN_FAMILY
  }

  /** A file of the export, by its role, and the columns the mapping reads from it. */
  public record FileSpec(String role, String key, Map<String, String> columns) {

    /** The source column mapped to a field, or null when the mapping leaves it out. */
    public String column(String field) {
      return columns.get(field);
    }

    /** Every source column this file must have. */
    public Set<String> required() {
      Set<String> all = new TreeSet<>(columns.values());
      all.add(key);
      return all;
    }
  }

  private final String name;
  private final String source;
  private final ZoneId zone;
  private final Channel channel;
  private final String territoryCode;
  private final String territoryName;
  private final String forceCode;
  private final String forceName;
  private final String unitPrefix;
  private final UnitLevel unitLevel;
  private final String badgePrefix;
  private final List<DateTimeFormatter> dateFormats;
  private final FileSpec complaints;
  private final FileSpec accused;
  private final FileSpec complainants;
  private final List<String> place;
  private final List<String> identity;
  private final NameOrder nameOrder;
  private final Pattern categoryCode;
  private final Map<String, Rank> ranks;
  private final Map<String, Disposition> findings;
  private final List<Map.Entry<String, String>> categories;
  private final Map<String, String> disciplines;

  private ImportMapping(JsonObject json) {
    name = text(json, "name", "[a-z0-9][a-z0-9-]{0,59}");
    source = text(json, "source", "[a-z0-9][a-z0-9-]{0,59}");
    zone = zone(text(json, "timeZone", null));
    channel = constant(Channel.class, text(json, "channel", null), "channel");
    JsonObject territory = object(json, "territory");
    territoryCode = text(territory, "code", "[A-Z0-9][A-Z0-9_-]{0,39}");
    territoryName = text(territory, "name", null);
    JsonObject force = object(json, "force");
    forceCode = text(force, "code", "[A-Z0-9][A-Z0-9_-]{0,19}");
    forceName = text(force, "name", null);
    unitPrefix = text(force, "unitPrefix", "[A-Z0-9_-]{0,20}");
    unitLevel = constant(UnitLevel.class, text(force, "unitLevel", null), "force.unitLevel");
    badgePrefix = text(force, "badgePrefix", "[A-Z0-9-]{0,8}");
    dateFormats = new ArrayList<>();
    for (String format : strings(json, "dateFormats")) {
      try {
        dateFormats.add(DateTimeFormatter.ofPattern(format, Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new MappingException(ImportRefusal.NOT_A_DATE_PATTERN, format);
      }
    }
    if (dateFormats.isEmpty()) {
      throw new MappingException(ImportRefusal.NO_DATE_PATTERN);
    }
    complaints =
        file(json, "complaints", List.of("receivedAt"), List.of("incidentAt", "closedAt", "area"));
    JsonObject complaintJson = object(json, "complaints");
    place = complaintJson.containsKey("place") ? strings(complaintJson, "place") : List.of();
    accused =
        file(
            json,
            "accused",
            List.of("name"),
            List.of(
                "badge",
                "rank",
                "unit",
                "appointed",
                "category",
                "finding",
                "finalFinding",
                "recommendedDiscipline",
                "discipline"));
    JsonObject accusedJson = object(json, "accused");
    identity = strings(accusedJson, "identity");
    if (identity.isEmpty()) {
      throw new MappingException(ImportRefusal.NO_OFFICER_IDENTITY);
    }
    nameOrder = constant(NameOrder.class, text(accusedJson, "nameOrder", null), "nameOrder");
    String codePattern =
        accusedJson.containsKey("categoryCode")
            ? text(accusedJson, "categoryCode", null)
            : "^(.*)$";
    try {
      categoryCode = Pattern.compile(codePattern);
    } catch (PatternSyntaxException e) {
      throw new MappingException(ImportRefusal.NOT_A_REGULAR_EXPRESSION);
    }
    complainants =
        json.containsKey("complainants")
            ? file(json, "complainants", List.of(), List.of("gender", "age", "race"))
            : null;
    ranks = new LinkedHashMap<>();
    codes(json, "ranks")
        .forEach((code, rank) -> ranks.put(normal(code), constant(Rank.class, rank, "ranks")));
    findings = new LinkedHashMap<>();
    codes(json, "findings")
        .forEach(
            (code, finding) ->
                findings.put(normal(code), constant(Disposition.class, finding, "findings")));
    categories = new ArrayList<>();
    codes(json, "categories")
        .forEach((prefix, code) -> categories.add(Map.entry(normal(prefix), code)));
    // the longest prefix decides
    categories.sort(
        Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    disciplines = new LinkedHashMap<>();
    codes(json, "disciplines").forEach((code, label) -> disciplines.put(normal(code), label));
  }

  /** The mappings shipped with Veedor, by name. */
  public static final List<String> SHIPPED = List.of("chicago-cr-2016");

  /** The text of the mapping shipped under this name; empty for a name not shipped. */
  public static Optional<String> shippedText(String name) {
    if (name == null || !SHIPPED.contains(name)) {
      return Optional.empty();
    }
    try (InputStream in =
        ImportMapping.class.getResourceAsStream("/org/veedor/history/mappings/" + name + ".json")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a mapping file.
   *
   * @throws MappingException naming what is wrong, when the file is not a valid mapping
   */
  public static ImportMapping read(Reader json) {
    try (var reader = Json.createReader(json)) {
      return new ImportMapping(reader.readObject());
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw new MappingException(ImportRefusal.NOT_JSON, String.valueOf(e.getMessage()));
    }
  }

  public String name() {
    return name;
  }

  /** The source system's name, kept with every imported record. */
  public String source() {
    return source;
  }

  public ZoneId zone() {
    return zone;
  }

  public Channel channel() {
    return channel;
  }

  public String territoryCode() {
    return territoryCode;
  }

  public String territoryName() {
    return territoryName;
  }

  public String forceCode() {
    return forceCode;
  }

  public String forceName() {
    return forceName;
  }

  public UnitLevel unitLevel() {
    return unitLevel;
  }

  public FileSpec complaints() {
    return complaints;
  }

  public FileSpec accused() {
    return accused;
  }

  public Optional<FileSpec> complainants() {
    return Optional.ofNullable(complainants);
  }

  /** The files of the export by their roles, in the order they are read. */
  public List<FileSpec> files() {
    List<FileSpec> all = new ArrayList<>(List.of(complaints, accused));
    if (complainants != null) {
      all.add(complainants);
    }
    return all;
  }

  public List<String> placeColumns() {
    return place;
  }

  public List<String> identityColumns() {
    return identity;
  }

  /**
   * A moment as the source writes it, in the mapping's zone.
   *
   * @return empty when the text is empty
   * @throws DateTimeException when it is not written in any of the mapping's formats
   */
  public Optional<Instant> instant(String text) {
    return dateTime(text).map(t -> t.atZone(zone).toInstant());
  }

  /** A day as the source writes it (a time of day, if any, is dropped). */
  public Optional<LocalDate> date(String text) {
    return dateTime(text).map(LocalDateTime::toLocalDate);
  }

  private Optional<LocalDateTime> dateTime(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    for (DateTimeFormatter format : dateFormats) {
      try {
        var parsed = format.parseBest(t, LocalDateTime::from, LocalDate::from);
        return Optional.of(
            parsed instanceof LocalDateTime dt ? dt : ((LocalDate) parsed).atStartOfDay());
      } catch (DateTimeParseException e) {
        // the next format may fit
      }
    }
    throw new DateTimeException("not a date in the mapping's formats: " + t);
  }

  /** The source's rank code as a Veedor rank; a code the mapping does not know is empty. */
  public Optional<Rank> rank(String code) {
    return Optional.ofNullable(ranks.get(normal(code)));
  }

  /** The source's finding code as a disposition; empty for no finding or an unknown code. */
  public Optional<Disposition> finding(String code) {
    return Optional.ofNullable(findings.get(normal(code)));
  }

  /** Whether a non-empty finding code is one the mapping knows. */
  public boolean knowsFinding(String code) {
    return code == null || code.isBlank() || findings.containsKey(normal(code));
  }

  /**
   * The Veedor category for the source's category text: its code (as the mapping's pattern reads
   * it) matched against the mapping's prefixes, the longest first; unknown or empty falls to {@link
   * #UNCLASSIFIED}.
   */
  public String category(String sourceCategory) {
    if (sourceCategory == null || sourceCategory.isBlank()) {
      return UNCLASSIFIED;
    }
    Matcher m = categoryCode.matcher(sourceCategory.strip());
    String code = normal(m.find() && m.groupCount() > 0 ? m.group(1) : sourceCategory);
    for (Map.Entry<String, String> rule : categories) {
      if (code.startsWith(rule.getKey())) {
        return rule.getValue();
      }
    }
    return UNCLASSIFIED;
  }

  /** Every Veedor category the mapping names, to be checked against the taxonomy. */
  public Set<String> categoryCodes() {
    Set<String> codes = new TreeSet<>();
    categories.forEach(e -> codes.add(e.getValue()));
    codes.add(UNCLASSIFIED);
    return codes;
  }

  /** The label the mapping gives a discipline code, if any (the code is kept either way). */
  public Optional<String> disciplineLabel(String code) {
    return Optional.ofNullable(disciplines.get(normal(code)));
  }

  /**
   * The officer's family and given names, as the mapping says the source writes them.
   *
   * @throws IllegalArgumentException when either part is missing
   */
  public String[] familyAndGiven(String written) {
    String n = written == null ? "" : written.strip().replaceAll("\\s+", " ");
    String family;
    String given;
    if (nameOrder == NameOrder.FAMILY_COMMA_GIVEN) {
      int comma = n.indexOf(',');
      family = comma < 0 ? n : n.substring(0, comma).strip();
      given = comma < 0 ? "" : n.substring(comma + 1).strip();
    } else {
      int space = n.lastIndexOf(' ');
      given = space < 0 ? "" : n.substring(0, space).strip();
      family = space < 0 ? n : n.substring(space + 1).strip();
    }
    if (family.isEmpty()) {
      throw new IllegalArgumentException("no family name in \"" + written + "\"");
    }
    return new String[] {family, given.isEmpty() ? "-" : given};
  }

  /** A unit code for the source's unit text ("18.0" becomes "CPD-018"). */
  public Optional<String> unitCode(String sourceUnit) {
    if (sourceUnit == null || sourceUnit.isBlank()) {
      return Optional.empty();
    }
    String u = sourceUnit.strip().toUpperCase(Locale.ROOT);
    if (u.matches("\\d+(\\.0+)?")) {
      u = String.format(Locale.ROOT, "%03d", Integer.parseInt(u.replaceAll("\\.0+$", "")));
    }
    u = u.replaceAll("[^A-Z0-9_-]", "-");
    String code = unitPrefix + u;
    return code.length() > 40 ? Optional.empty() : Optional.of(code);
  }

  /**
   * A badge number for the source's star, with the force's prefix ("5137.0" becomes "CPD-5137");
   * empty when the source has none (or writes zero).
   */
  public Optional<String> badge(String star) {
    if (star == null || star.isBlank()) {
      return Optional.empty();
    }
    String s = star.strip().toUpperCase(Locale.ROOT).replaceAll("\\.0+$", "");
    if (s.matches("0+") || !s.matches("[A-Z0-9-]+")) {
      return Optional.empty();
    }
    String badge = badgePrefix + s;
    return badge.length() > 20 ? Optional.empty() : Optional.of(badge);
  }

  /** A badge number made from the officer's identity, for one the source does not give. */
  public String badgeFor(String identityDigest) {
    return badgePrefix + "N" + identityDigest.substring(0, 10).toUpperCase(Locale.ROOT);
  }

  private static String normal(String code) {
    return code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replaceAll("\\.0+$", "");
  }

  private static FileSpec file(
      JsonObject json, String role, List<String> required, List<String> optional) {
    JsonObject spec = object(json, role);
    String key = text(spec, "key", null);
    Map<String, String> columns = new LinkedHashMap<>();
    for (String field : required) {
      columns.put(field, text(spec, field, null));
    }
    for (String field : optional) {
      if (spec.containsKey(field)) {
        columns.put(field, text(spec, field, null));
      }
    }
    if (spec.containsKey("place")) {
      for (String column : strings(spec, "place")) {
        columns.put("place:" + column, column);
      }
    }
    if (spec.containsKey("identity")) {
      for (String column : strings(spec, "identity")) {
        columns.put("identity:" + column, column);
      }
    }
    String fileRole = spec.containsKey("file") ? text(spec, "file", "[a-z0-9_-]{1,40}") : role;
    return new FileSpec(fileRole, key, Map.copyOf(columns));
  }

  private static JsonObject object(JsonObject json, String key) {
    JsonValue value = json.get(key);
    if (!(value instanceof JsonObject object)) {
      throw new MappingException(ImportRefusal.OBJECT_NEEDED, key);
    }
    return object;
  }

  private static String text(JsonObject json, String key, String pattern) {
    JsonValue value = json.get(key);
    if (!(value instanceof JsonString s) || (pattern == null && s.getString().isBlank())) {
      throw new MappingException(ImportRefusal.TEXT_NEEDED, key);
    }
    if (pattern != null && !s.getString().matches(pattern)) {
      throw new MappingException(ImportRefusal.MUST_MATCH, key, pattern);
    }
    return s.getString();
  }

  private static List<String> strings(JsonObject json, String key) {
    JsonValue value = json.get(key);
    if (!(value instanceof JsonArray array)) {
      throw new MappingException(ImportRefusal.TEXTS_NEEDED, key);
    }
    List<String> texts = new ArrayList<>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonString s) || s.getString().isBlank()) {
        throw new MappingException(ImportRefusal.TEXTS_NEEDED, key);
      }
      texts.add(s.getString());
    }
    return texts;
  }

  private static Map<String, String> codes(JsonObject json, String key) {
    if (!json.containsKey(key)) {
      return Map.of();
    }
    Map<String, String> codes = new LinkedHashMap<>();
    object(json, key)
        .forEach(
            (code, value) -> {
              if (!(value instanceof JsonString s)) {
                throw new MappingException(ImportRefusal.TEXT_NEEDED, key + "." + code);
              }
              codes.put(code, s.getString());
            });
    return codes;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value, String where) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MappingException(
          ImportRefusal.NOT_ONE_OF,
          where,
          String.valueOf(value),
          List.of(type.getEnumConstants()).toString());
    }
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw new MappingException(ImportRefusal.NOT_A_TIME_ZONE, id);
    }
  }
}
