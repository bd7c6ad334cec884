package org.veedor.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.veedor.intake.application.ComplaintSeeding;
import org.veedor.intake.application.ComplaintSeeding.AllegationSeed;
import org.veedor.intake.application.ComplaintSeeding.ComplaintSeed;
import org.veedor.officers.application.OrganisationSeeding;
import org.veedor.officers.application.OrganisationSeeding.OfficerSeed;
import org.veedor.officers.application.OrganisationSeeding.PostingSeed;
import org.veedor.officers.application.OrganisationSeeding.TerritorySeed;
import org.veedor.officers.application.OrganisationSeeding.UnitSeed;

/**
 * A deterministic demonstration world: about 45 units in a tree over six territories, officers (one
 * per five complaints, at least 200) with assignment histories, and complaints over the five years
 * before {@link #DEFAULT_END}, with plausible distributions: most categories rare, a few officers
 * named far more often than their peers, and one ring of officers at the Puerto Norte station named
 * together in corruption complaints. The same seed and scale always give the same world. It is
 * written through the seeding ports of the officers and intake contexts (JDBC batches into an empty
 * schema), so that benchmarks can load a million complaints without the container.
 */
public final class DemoWorld {

  public static final LocalDate DEFAULT_END = LocalDate.of(2026, 10, 31);
  public static final long DEFAULT_SEED = 20_26_11_27L;
  static final String RING_STATION = "E-NOR-1-A";
  static final int RING_SIZE = 6;

  private static final ZoneOffset ZONE = ZoneOffset.ofHours(-5);
  private static final int BATCH = 1000;

  private static final String[][] TERRITORIES = {
    {"CAP", "Distrito Capital", "Centro", "Occidente"},
    {"NOR", "Provincia del Norte", "Puerto Norte", "Valle Alto"},
    {"SUR", "Provincia del Sur", "San Isidro", "Las Palmas"},
    {"COS", "Provincia Costera", "Bahía Azul", "Puerto Viejo"},
    {"SIE", "Provincia de la Sierra", "Altamira", "Cerro Verde"},
    {"ORI", "Provincia del Oriente", "Río Claro", "La Frontera"},
  };

  /** Category codes of the seeded taxonomy (ids 1 to 18) and how often each is alleged. */
  private static final String[] CATEGORIES = {
    "BRIBERY",
    "EXTORTION",
    "COLLUSION_WITH_ORGANIZED_CRIME",
    "DRUG_TRAFFICKING_INVOLVEMENT",
    "THEFT_OF_SEIZED_PROPERTY",
    "MONEY_LAUNDERING",
    "FALSIFICATION_OF_EVIDENCE",
    "PROTECTION_OF_ILLEGAL_ACTIVITY",
    "EXCESSIVE_FORCE",
    "TORTURE_OR_ILL_TREATMENT",
    "UNLAWFUL_KILLING",
    "UNLAWFUL_ARREST_OR_DETENTION",
    "UNLAWFUL_SEARCH",
    "DISCRIMINATION",
    "THREATS_OR_INTIMIDATION",
    "ABUSE_OF_AUTHORITY",
    "DISCOURTESY",
    "NEGLECT_OF_DUTY"
  };

  private static final double[] CATEGORY_WEIGHTS = {
    4, 3, 0.5, 0.5, 1.5, 0.2, 1.5, 0.8, 10, 0.8, 0.3, 6, 7, 3, 5, 14, 22, 18
  };
  private static final int CORRUPTION_CATEGORIES = 8;
  private static final int USE_OF_FORCE_END = 11;

  private static final String[] CHANNELS = {
    "PUBLIC_WEB", "WALK_IN", "PHONE", "MAIL", "INTERNAL_REFERRAL", "WHISTLEBLOWER"
  };
  private static final double[] CHANNEL_WEIGHTS = {30, 25, 20, 5, 15, 5};
  private static final String[] RANKS = {
    "OFFICER", "CORPORAL", "SERGEANT", "LIEUTENANT", "CAPTAIN", "MAJOR", "COMMANDER", "CHIEF"
  };
  private static final double[] RANK_WEIGHTS = {60, 15, 12, 6, 4, 2, 0.8, 0.2};
  private static final String[] STATUSES = {
    "ACTIVE", "ON_LEAVE", "SUSPENDED", "RETIRED", "DISMISSED"
  };
  private static final double[] STATUS_WEIGHTS = {88, 3, 2, 5, 2};

  private static final List<String> GIVEN_ES =
      List.of(
          "Juan",
          "Carlos",
          "Luis",
          "José",
          "Andrés",
          "Miguel",
          "Jorge",
          "Diego",
          "Pedro",
          "Ricardo",
          "Fernando",
          "Héctor",
          "Óscar",
          "Raúl",
          "Mario",
          "Sergio",
          "Julián",
          "Camilo",
          "María",
          "Ana",
          "Luisa",
          "Carolina",
          "Diana",
          "Paola",
          "Sandra",
          "Gloria",
          "Patricia",
          "Lucía",
          "Marcela",
          "Yolanda");
  private static final List<String> FAMILY_ES =
      List.of(
          "González",
          "Rodríguez",
          "Martínez",
          "López",
          "García",
          "Pérez",
          "Sánchez",
          "Ramírez",
          "Torres",
          "Flores",
          "Rivera",
          "Gómez",
          "Díaz",
          "Reyes",
          "Morales",
          "Jiménez",
          "Ortiz",
          "Castillo",
          "Vargas",
          "Romero",
          "Herrera",
          "Medina",
          "Aguilar",
          "Castro",
          "Ruiz",
          "Mendoza",
          "Rojas",
          "Muñoz",
          "Peña",
          "Cárdenas",
          "Ibáñez",
          "Quiñónez");
  private static final List<String> GIVEN_EN =
      List.of(
          "Andre", "Marlon", "Devon", "Kevin", "Omar", "Shane", "Tanya", "Keisha", "Nadine",
          "Paul");
  private static final List<String> FAMILY_EN =
      List.of(
          "Campbell",
          "Brown",
          "Williams",
          "Thompson",
          "Clarke",
          "Reid",
          "Bailey",
          "Grant",
          "Walker",
          "Morgan");
  private static final List<String> STREETS =
      List.of(
          "la Calle 12 con Carrera 7",
          "la Avenida Bolívar",
          "el mercado central",
          "la plaza principal",
          "la terminal de buses",
          "el parque Santander",
          "la Calle del Comercio",
          "el puerto",
          "la estación de servicio de la salida sur",
          "el barrio La Esperanza");

  private final int complaintCount;
  private final int officerCount;
  private final long seed;
  private final LocalDate end;
  private final int narrativeMinWords;
  private final boolean personalDataSealed;
  private final boolean casesAssigned;

  private DemoWorld(
      int complaintCount,
      long seed,
      LocalDate end,
      int narrativeMinWords,
      boolean personalDataSealed,
      boolean casesAssigned) {
    if (complaintCount < 0 || complaintCount > 5_000_000) {
      throw new IllegalArgumentException("complaints must be between 0 and 5,000,000");
    }
    this.complaintCount = complaintCount;
    this.officerCount = Math.max(200, complaintCount / 5);
    this.seed = seed;
    this.end = end;
    this.narrativeMinWords = narrativeMinWords;
    this.personalDataSealed = personalDataSealed;
    this.casesAssigned = casesAssigned;
  }

  /** The standard demonstration world at a scale (10,000 complaints for the demo server). */
  public static DemoWorld ofComplaints(int complaints) {
    return new DemoWorld(complaints, DEFAULT_SEED, DEFAULT_END, 0, false, false);
  }

  /** The same world with longer narratives (at least {@code minWords} words each). */
  public DemoWorld withNarrativesOfAtLeast(int minWords) {
    return new DemoWorld(complaintCount, seed, end, minWords, personalDataSealed, casesAssigned);
  }

  public DemoWorld withSeed(long otherSeed) {
    return new DemoWorld(
        complaintCount, otherSeed, end, narrativeMinWords, personalDataSealed, casesAssigned);
  }

  /**
   * The same world with the complainants' name, e-mail and phone sealed under the server's
   * personal-data key, as the application stores them.
   */
  public DemoWorld withPersonalDataSealed() {
    return new DemoWorld(complaintCount, seed, end, narrativeMinWords, true, casesAssigned);
  }

  /**
   * The same world with cases given to the demo's investigators and supervisors (see {@link
   * DemoUsers}): the special corruption unit's pair the corruption complaints against the Puerto
   * Norte ring station once registered, the southern region's pair that region's other open cases.
   */
  public DemoWorld withCasesAssigned() {
    return new DemoWorld(complaintCount, seed, end, narrativeMinWords, personalDataSealed, true);
  }

  public int complaintCount() {
    return complaintCount;
  }

  public int officerCount() {
    return officerCount;
  }

  /** What was written. */
  public record Summary(
      int territories, int units, int officers, int assignments, int complaints, int allegations) {}

  /**
   * Writes the world into an empty Veedor schema through the connection, without committing: the
   * caller decides the transaction. Its complaints' calendar days are read in the world's own zone
   * (UTC-5).
   */
  public Summary writeTo(Connection connection) throws SQLException {
    return writeTo(connection, ZONE);
  }

  /** The same, the complaints' calendar days read in a zone of the deployment's. */
  public Summary writeTo(Connection connection, ZoneId recordZone) throws SQLException {
    SplittableRandom random = new SplittableRandom(seed);
    List<UnitRow> units = units();
    List<OfficerRow> officers = officers(random, units);
    int assignments = 0;
    try (OrganisationSeeding force = new OrganisationSeeding(connection)) {
      for (int t = 0; t < TERRITORIES.length; t++) {
        force.territory(new TerritorySeed(t + 1, TERRITORIES[t][0], TERRITORIES[t][1]));
      }
      for (UnitRow u : units) {
        force.unit(
            new UnitSeed(
                u.id,
                u.code,
                u.name,
                u.level,
                u.parent == null ? null : u.parent.id,
                u.territory,
                u.path));
      }
      for (OfficerRow o : officers) {
        force.officer(new OfficerSeed(o.id, o.badge, o.given, o.family, o.rank, o.status));
        for (Posting p : o.postings) {
          force.posting(new PostingSeed(++assignments, o.id, p.unit.id, p.from, p.to));
        }
      }
    }
    int allegations;
    try (ComplaintSeeding seeding =
        personalDataSealed
            ? ComplaintSeeding.withPersonalDataSealed(connection, recordZone)
            : ComplaintSeeding.inPlainText(connection, recordZone)) {
      allegations = complaints(random, units, officers, seeding);
    }
    return new Summary(
        TERRITORIES.length,
        units.size(),
        officers.size(),
        assignments,
        complaintCount,
        allegations);
  }

  // ---------------------------------------------------------------- units

  private List<UnitRow> units() {
    List<UnitRow> units = new ArrayList<>();
    UnitRow national =
        new UnitRow(1, "PN", "Dirección General de la Policía Nacional", "NATIONAL", null, 1);
    units.add(national);
    units.add(
        new UnitRow(2, "PN-UEA", "Unidad Especial Anticorrupción", "SPECIAL_UNIT", national, 1));
    units.add(new UnitRow(3, "PN-DAN", "Dirección Antinarcóticos", "SPECIAL_UNIT", national, 1));
    long id = 3;
    for (int t = 0; t < TERRITORIES.length; t++) {
      String code = TERRITORIES[t][0];
      UnitRow region =
          new UnitRow(
              ++id,
              "R-" + code,
              "Región de Policía " + TERRITORIES[t][1],
              "REGION",
              national,
              t + 1);
      units.add(region);
      for (int d = 1; d <= 2; d++) {
        String city = TERRITORIES[t][1 + d];
        UnitRow district =
            new UnitRow(++id, "D-" + code + "-" + d, "Distrito " + city, "DISTRICT", region, t + 1);
        units.add(district);
        String[] stations = {"A", "B"};
        String[] names = {"Estación " + city + " Centro", "Estación " + city + " Sur"};
        for (int s = 0; s < stations.length; s++) {
          units.add(
              new UnitRow(
                  ++id,
                  "E-" + code + "-" + d + "-" + stations[s],
                  names[s],
                  "STATION",
                  district,
                  t + 1));
        }
      }
    }
    return units;
  }

  // ---------------------------------------------------------------- officers

  private List<OfficerRow> officers(SplittableRandom random, List<UnitRow> units) {
    List<UnitRow> stations = units.stream().filter(u -> u.level.equals("STATION")).toList();
    List<UnitRow> others = units.stream().filter(u -> !u.level.equals("STATION")).toList();
    List<OfficerRow> officers = new ArrayList<>(officerCount);
    LocalDate firstCareer = end.minusYears(18);
    for (int i = 0; i < officerCount; i++) {
      boolean caribbean = random.nextDouble() < 0.1;
      String given = Narratives.pick(random, caribbean ? GIVEN_EN : GIVEN_ES);
      String family =
          caribbean
              ? Narratives.pick(random, FAMILY_EN)
              : Narratives.pick(random, FAMILY_ES) + " " + Narratives.pick(random, FAMILY_ES);
      String badge = String.valueOf(100_000 + (int) ((i * 7919L) % 900_000));
      String rank = RANKS[weighted(random, RANK_WEIGHTS)];
      String status = STATUSES[weighted(random, STATUS_WEIGHTS)];
      OfficerRow officer = new OfficerRow(i + 1, badge, given, family, rank, status);
      LocalDate start =
          firstCareer.plusDays(
              random.nextInt((int) ChronoUnit.DAYS.between(firstCareer, end.minusYears(1))));
      LocalDate careerEnd =
          status.equals("RETIRED") || status.equals("DISMISSED")
              ? start.plusDays(
                  365
                      + random.nextInt(
                          Math.max(1, (int) ChronoUnit.DAYS.between(start, end) - 365)))
              : null;
      int postings = 1 + random.nextInt(4);
      LocalDate last = careerEnd == null ? end : careerEnd;
      long span = ChronoUnit.DAYS.between(start, last);
      long[] cuts = new long[postings - 1];
      for (int c = 0; c < cuts.length; c++) {
        cuts[c] = 1 + random.nextLong(Math.max(2, span - 1));
      }
      Arrays.sort(cuts);
      LocalDate from = start;
      for (int p = 0; p < postings; p++) {
        LocalDate to = p < cuts.length ? start.plusDays(cuts[p]) : careerEnd;
        if (to != null && !to.isAfter(from)) {
          continue;
        }
        UnitRow unit =
            random.nextDouble() < 0.85
                ? Narratives.pick(random, stations)
                : Narratives.pick(random, others);
        officer.postings.add(new Posting(unit, from, to));
        from = to == null ? null : to.plusDays(1);
        if (from == null) {
          break;
        }
      }
      officers.add(officer);
    }
    // The ring: six officers posted to the Puerto Norte station since 2019, whatever came before.
    UnitRow ringStation =
        units.stream().filter(u -> u.code.equals(RING_STATION)).findFirst().orElseThrow();
    LocalDate ringSince = LocalDate.of(2019, 1, 1);
    for (int r = 0; r < RING_SIZE && r < officers.size(); r++) {
      OfficerRow o = officers.get(officers.size() / 3 + r * 7);
      o.status = "ACTIVE";
      o.postings.removeIf(p -> !p.from.isBefore(ringSince));
      o.postings.forEach(
          p -> p.to = p.to == null || !p.to.isBefore(ringSince) ? ringSince.minusDays(1) : p.to);
      o.postings.removeIf(p -> p.to.isBefore(p.from));
      o.postings.add(new Posting(ringStation, ringSince, null));
      o.ring = true;
    }
    return officers;
  }

  // ---------------------------------------------------------------- complaints

  private int complaints(
      SplittableRandom random,
      List<UnitRow> units,
      List<OfficerRow> officers,
      ComplaintSeeding seeding)
      throws SQLException {
    LocalDate start = end.minusYears(5).plusDays(1);
    int days = (int) ChronoUnit.DAYS.between(start, end) + 1;
    // heavy tail: a lognormal propensity per officer, and a few repeat subjects far above it
    double[] propensity = new double[officers.size()];
    for (int i = 0; i < propensity.length; i++) {
      double w = Math.exp(random.nextGaussian(0, 0.9));
      if (random.nextDouble() < 0.015) {
        w *= 15;
      }
      propensity[i] = officers.get(i).ring ? 0 : w;
    }
    double[] cumulative = cumulative(propensity);
    List<OfficerRow> ring = officers.stream().filter(o -> o.ring).toList();
    TreeMap<String, List<OfficerRow>> rosters = new TreeMap<>();
    for (OfficerRow o : officers) {
      for (Posting p : o.postings) {
        rosters.computeIfAbsent(p.unit.code, k -> new ArrayList<>()).add(o);
      }
    }
    List<UnitRow> stations = units.stream().filter(u -> u.level.equals("STATION")).toList();

    long[] receivedSeconds = new long[complaintCount];
    for (int i = 0; i < complaintCount; i++) {
      // a mild upward trend: more complaints in later years, as trust in reporting grows
      double u = Math.sqrt(random.nextDouble() * 0.6 + 0.4);
      int day =
          (int) Math.min(days - 1, Math.floor((u - Math.sqrt(0.4)) / (1 - Math.sqrt(0.4)) * days));
      receivedSeconds[i] =
          start.plusDays(day).atStartOfDay().toEpochSecond(ZONE)
              + 7 * 3600
              + random.nextInt(14 * 3600);
    }
    Arrays.sort(receivedSeconds);
    int ringEvery = Math.min(160, Math.max(1, complaintCount / 10));
    int year = -1;
    int serial = 0;
    int allegationId = 0;
    DateTimeFormatter esDate =
        DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es"));
    DateTimeFormatter enDate = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    for (int i = 0; i < complaintCount; i++) {
      Instant received = Instant.ofEpochSecond(receivedSeconds[i]);
      LocalDate receivedDay = received.atOffset(ZONE).toLocalDate();
      if (receivedDay.getYear() != year) {
        year = receivedDay.getYear();
        serial = 0;
      }
      serial++;
      long complaintId = i + 1;
      LocalDate incident =
          receivedDay.minusDays(Math.min(120, (long) (-Math.log(1 - random.nextDouble()) * 10)));
      boolean ringCase =
          !ring.isEmpty() && i % ringEvery == ringEvery / 2 && incident.getYear() >= 2021;

      List<int[]> allegations = new ArrayList<>(); // {officerIndex or -1, unitId, category}
      if (ringCase) {
        int named = 2 + random.nextInt(Math.min(3, ring.size() - 1));
        int first = random.nextInt(ring.size());
        int category = Narratives.pick(random, List.of(0, 1, 7, 2, 3));
        for (int k = 0; k < named; k++) {
          OfficerRow o = ring.get((first + k) % ring.size());
          allegations.add(new int[] {o.id - 1, (int) o.unitOn(incident).id, category});
        }
      } else {
        int count = pickCount(random);
        OfficerRow previous = null;
        for (int k = 0; k < count; k++) {
          int category = weighted(random, CATEGORY_WEIGHTS);
          if (random.nextDouble() < 0.08 && previous == null) {
            allegations.add(new int[] {-1, (int) Narratives.pick(random, stations).id, category});
            continue;
          }
          OfficerRow officer = null;
          if (previous != null && random.nextDouble() < 0.5) {
            officer = previous; // the same officer, another category
          } else if (previous != null && random.nextDouble() < 0.6) {
            UnitRow unit = previous.unitOn(incident);
            List<OfficerRow> roster =
                unit == null ? List.of() : rosters.getOrDefault(unit.code, List.of());
            OfficerRow peer = roster.isEmpty() ? null : Narratives.pick(random, roster);
            officer = peer != null && !peer.ring && peer.unitOn(incident) != null ? peer : null;
          }
          for (int attempt = 0; officer == null && attempt < 8; attempt++) {
            OfficerRow candidate = officers.get(index(cumulative, random.nextDouble()));
            if (candidate.unitOn(incident) != null) {
              officer = candidate;
            }
          }
          if (officer == null) {
            allegations.add(new int[] {-1, (int) Narratives.pick(random, stations).id, category});
            continue;
          }
          allegations.add(new int[] {officer.id - 1, (int) officer.unitOn(incident).id, category});
          previous = officer;
        }
      }

      boolean corruption = allegations.stream().anyMatch(a -> a[2] < CORRUPTION_CATEGORIES);
      boolean force =
          allegations.stream()
              .anyMatch(a -> a[2] >= CORRUPTION_CATEGORIES && a[2] < USE_OF_FORCE_END);
      String channel =
          ringCase && random.nextBoolean()
              ? "WHISTLEBLOWER"
              : CHANNELS[weighted(random, CHANNEL_WEIGHTS)];
      boolean anonymous =
          channel.equals("WHISTLEBLOWER") ? random.nextDouble() < 0.7 : random.nextDouble() < 0.18;
      if (channel.equals("INTERNAL_REFERRAL")) {
        anonymous = false;
      }
      UnitRow firstUnit = unitById(units, allegations.get(0)[1]);
      Integer territory = random.nextDouble() < 0.02 ? null : firstUnit.territory;
      String language =
          firstUnit.territory == 4 && random.nextDouble() < 0.6
              ? "en"
              : random.nextDouble() < 0.25 ? "en" : "es";
      String place =
          language.equals("es")
              ? Narratives.pick(random, STREETS) + ", " + TERRITORIES[firstUnit.territory - 1][2]
              : "Main Street and 5th Avenue, " + TERRITORIES[firstUnit.territory - 1][3];
      OfficerRow namedOfficer =
          allegations.get(0)[0] < 0 ? null : officers.get(allegations.get(0)[0]);
      List<String> categoryCodes =
          allegations.stream().map(a -> CATEGORIES[a[2]]).distinct().toList();
      boolean dateKnown = random.nextDouble() >= 0.01;
      String narrative =
          Narratives.compose(
              random,
              language,
              categoryCodes,
              namedOfficer == null ? null : namedOfficer.family.split(" ")[0],
              place,
              (language.equals("es") ? esDate : enDate).format(incident),
              narrativeMinWords);
      long ageDays = ChronoUnit.DAYS.between(receivedDay, end);
      String status = status(random, ageDays);
      boolean disposed =
          status.equals("CLOSED") || status.equals("SANCTION") || status.equals("APPEAL");
      Instant closedAt = null;
      LocalDate disposedOn = null;
      if (disposed) {
        long duration =
            Math.min(
                Math.max(1, ageDays),
                20 + (long) Math.exp(random.nextGaussian(Math.log(110), 0.6)));
        disposedOn = receivedDay.plusDays(duration);
        if (status.equals("CLOSED")) {
          closedAt = disposedOn.atTime(16, 0).toInstant(ZONE);
        }
      }
      String complainant =
          anonymous
              ? null
              : Narratives.pick(random, GIVEN_ES) + " " + Narratives.pick(random, FAMILY_ES);
      // drawn in this order, so that the same seed gives the same world
      String email =
          !anonymous && random.nextBoolean() ? "persona" + complaintId + "@correo.example" : null;
      String phone =
          !anonymous && random.nextDouble() < 0.7
              ? "+57 3" + (100_000_000 + random.nextInt(899_999_999))
              : null;
      boolean organizedCrime =
          corruption && (ringCase ? random.nextDouble() < 0.6 : random.nextDouble() < 0.15);
      boolean injury = force && random.nextDouble() < 0.45;
      boolean anySustained = false;
      List<AllegationSeed> seeds = new ArrayList<>(allegations.size());
      for (int k = 0; k < allegations.size(); k++) {
        int[] a = allegations.get(k);
        String disposition = null;
        if (disposed) {
          disposition = disposition(random, a[2], ringCase);
          if (!status.equals("CLOSED") && k == allegations.size() - 1 && !anySustained) {
            disposition = "SUSTAINED"; // a sanction or appeal stage implies a sustained finding
          }
          anySustained |= disposition.equals("SUSTAINED");
        }
        ++allegationId;
        seeds.add(
            new AllegationSeed(
                allegationId,
                a[0] < 0 ? null : (long) a[0] + 1,
                (long) a[1],
                a[2] + 1,
                disposition,
                disposition == null ? null : disposedOn,
                status.equals("FINDINGS_REVIEW") ? proposal(allegationId) : null));
      }
      String[] assigned = casesAssigned ? assignee(status, allegations, units) : NOBODY;
      seeding.complaint(
          new ComplaintSeed(
              complaintId,
              String.format("VE-%04d-%06d", year, serial),
              channel,
              status,
              received,
              dateKnown ? incident : null,
              place,
              territory == null ? null : (long) territory,
              narrative,
              language,
              anonymous,
              complainant,
              email,
              phone,
              organizedCrime,
              injury,
              closedAt,
              assigned[0],
              assigned[1],
              seeds));
    }
    return allegationId;
  }

  private static final String[] NOBODY = {null, null};

  /**
   * Who works a case of the demo (investigator, supervisor): the special corruption unit's pair the
   * corruption complaints against the ring's station once registered, else the southern region's
   * pair the region's open cases once registered.
   */
  private static String[] assignee(String status, List<int[]> allegations, List<UnitRow> units) {
    if (status.equals("REGISTERED")) {
      return NOBODY;
    }
    boolean ringCorruption =
        allegations.stream()
            .anyMatch(
                a ->
                    a[2] < CORRUPTION_CATEGORIES
                        && unitById(units, a[1]).code.equals(RING_STATION));
    if (ringCorruption) {
      return new String[] {DemoUsers.INVESTIGATOR, DemoUsers.SUPERVISOR};
    }
    boolean south =
        allegations.stream().anyMatch(a -> unitById(units, a[1]).path.startsWith("/PN/R-SUR/"));
    if (south && !status.equals("CLOSED")) {
      return new String[] {DemoUsers.SOUTH_INVESTIGATOR, DemoUsers.SOUTH_SUPERVISOR};
    }
    return NOBODY;
  }

  /**
   * The investigator's proposed finding of an allegation under review, derived from its id so that
   * the rest of the world stays the same whatever is proposed.
   */
  static String proposal(long allegationId) {
    int h = (int) Math.floorMod(allegationId * 2_654_435_761L, 100L);
    return h < 15 ? "SUSTAINED" : h < 55 ? "NOT_SUSTAINED" : h < 80 ? "UNFOUNDED" : "EXONERATED";
  }

  private static String status(SplittableRandom random, long ageDays) {
    double r = random.nextDouble();
    if (ageDays > 540) {
      return r < 0.96 ? "CLOSED" : r < 0.98 ? "APPEAL" : "SANCTION";
    }
    if (ageDays > 180) {
      return r < 0.6
          ? "CLOSED"
          : r < 0.75
              ? "INVESTIGATION"
              : r < 0.85 ? "FINDINGS_REVIEW" : r < 0.93 ? "SANCTION" : "APPEAL";
    }
    if (ageDays > 30) {
      return r < 0.2
          ? "CLOSED"
          : r < 0.7
              ? "INVESTIGATION"
              : r < 0.8 ? "TRIAGE" : r < 0.95 ? "FINDINGS_REVIEW" : "SANCTION";
    }
    return r < 0.4 ? "REGISTERED" : r < 0.85 ? "TRIAGE" : "INVESTIGATION";
  }

  private static String disposition(SplittableRandom random, int category, boolean ringCase) {
    double sustained =
        ringCase
            ? 0.35
            : category < CORRUPTION_CATEGORIES
                ? 0.14
                : category < USE_OF_FORCE_END ? 0.08 : category < 15 ? 0.10 : 0.16;
    double r = random.nextDouble();
    if (r < sustained) {
      return "SUSTAINED";
    }
    double rest = (r - sustained) / (1 - sustained);
    return rest < 0.44 ? "NOT_SUSTAINED" : rest < 0.78 ? "UNFOUNDED" : "EXONERATED";
  }

  private static int pickCount(SplittableRandom random) {
    double r = random.nextDouble();
    return r < 0.65 ? 1 : r < 0.9 ? 2 : r < 0.98 ? 3 : 4;
  }

  private static UnitRow unitById(List<UnitRow> units, long id) {
    return units.get((int) id - 1);
  }

  static int weighted(SplittableRandom random, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double r = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static double[] cumulative(double[] weights) {
    double[] c = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      c[i] = sum;
    }
    for (int i = 0; i < c.length; i++) {
      c[i] /= sum;
    }
    return c;
  }

  private static int index(double[] cumulative, double r) {
    int i = Arrays.binarySearch(cumulative, r);
    return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
  }

  // ---------------------------------------------------------------- rows

  static final class UnitRow {
    final long id;
    final String code;
    final String name;
    final String level;
    final UnitRow parent;
    final int territory;
    final String path;

    UnitRow(long id, String code, String name, String level, UnitRow parent, int territory) {
      this.id = id;
      this.code = code;
      this.name = name;
      this.level = level;
      this.parent = parent;
      this.territory = territory;
      this.path = (parent == null ? "/" : parent.path) + code + "/";
    }
  }

  static final class Posting {
    final UnitRow unit;
    final LocalDate from;
    LocalDate to;

    Posting(UnitRow unit, LocalDate from, LocalDate to) {
      this.unit = unit;
      this.from = from;
      this.to = to;
    }
  }

  static final class OfficerRow {
    final int id;
    final String badge;
    final String given;
    final String family;
    final String rank;
    String status;
    boolean ring;
    final List<Posting> postings = new ArrayList<>();

    OfficerRow(int id, String badge, String given, String family, String rank, String status) {
      this.id = id;
      this.badge = badge;
      this.given = given;
      this.family = family;
      this.rank = rank;
      this.status = status;
    }

    UnitRow unitOn(LocalDate date) {
      for (Posting p : postings) {
        if (!date.isBefore(p.from) && (p.to == null || !date.isAfter(p.to))) {
          return p.unit;
        }
      }
      return null;
    }
  }
}
