package org.veedor.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.AccessPolicy.Purpose;
import org.veedor.identity.domain.CaseFacts;
import org.veedor.identity.domain.PasswordDigest;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.ReferenceNumber;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.Officers;
import org.veedor.it.support.identity.AsAdmin;
import org.veedor.officers.domain.BadgeNumber;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.OfficerStatus;
import org.veedor.officers.domain.Rank;
import org.veedor.officers.domain.Territory;
import org.veedor.officers.domain.Unit;
import org.veedor.officers.domain.UnitLevel;

/**
 * The contract between the access policy and every way a case is read. A world of its own (a
 * territory, three units, four officers, two extra users and thirteen complaints that between them
 * meet every rule: own officer record, own unit on the incident date, an officer serving in the
 * reader's unit now, sealed by the rule and by decision, unsealed by decision, open and closed,
 * worked by a demo investigator) is read by every demo user and the two extra readers through every
 * read path; the cases each reaches must be exactly those the policy's own in-memory answer ({@link
 * AccessPolicy#reaches}) gives for that path's purpose, with the roles each path admits written by
 * hand. It prints the table of paths by readers with the mismatches of each cell.
 */
@ExtendWith(ArquillianExtension.class)
class AccessPolicyContractIT {

  private static final LocalDate INCIDENT = LocalDate.of(2025, 6, 1);

  private static final Set<String> CASE_READERS =
      Set.of(
          Roles.INTAKE,
          Roles.INVESTIGATOR,
          Roles.SUPERVISOR,
          Roles.DISCIPLINARY_AUTHORITY,
          Roles.APPEALS_BODY,
          Roles.OVERSIGHT_BOARD,
          Roles.AUDITOR);
  private static final Set<String> MESSAGE_READERS =
      Set.of(Roles.INTAKE, Roles.INVESTIGATOR, Roles.SUPERVISOR);
  private static final Set<String> REPORT_READERS =
      Set.of(Roles.SUPERVISOR, Roles.OVERSIGHT_BOARD, Roles.LEADERSHIP, Roles.AUDITOR);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.it.access");
  }

  @PersistenceContext EntityManager em;
  @Inject AsAdmin admin;
  @Inject Viewers viewers;
  @Inject TaskService tasks;
  @Inject RuntimeService runtime;

  /** One generated case: how it is registered and what happens to it afterwards. */
  private record Spec(
      String label,
      List<String[]> allegations, // {category, officer key or null, unit key or null}
      boolean organizedCrime,
      boolean close,
      Boolean sealingDecision,
      boolean workedByDemoInvestigator) {}

  /** What a read path answers for one reader: the generated cases it reached. */
  @FunctionalInterface
  private interface Reach {
    Set<String> of(String user, Api api) throws Exception;
  }

  /** A read path: what it reaches, and what the policy (with the path's role gate) expects. */
  private record Path(String name, Reach actual, Function<String, Set<String>> expected) {}

  private final Map<String, String> references = new LinkedHashMap<>(); // label -> reference
  private final Map<String, String> badges = new LinkedHashMap<>(); // officer key -> badge
  private final Map<String, CaseFacts> facts = new LinkedHashMap<>(); // reference -> facts
  private final Map<String, Long> identifyingFile = new LinkedHashMap<>(); // reference -> file
  private final Map<String, Viewer> readers = new LinkedHashMap<>();
  private String territory;

  @Test
  void shouldReachExactlyTheCasesThePolicyGivesThroughEveryReadPath() throws Exception {
    String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    List<String> users = world(suffix);
    admin.call(
        () -> {
          for (String user : users) {
            readers.put(user, viewers.of(user).orElseThrow());
          }
          return null;
        });
    List<Path> paths = paths();

    // every reader through every path, two readers at a time
    Map<String, Map<String, List<String>>> mismatches = new TreeMap<>();
    Map<String, Map<String, Integer>> cells = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Map<String, Future<Map<String, List<String>>>> runs = new LinkedHashMap<>();
      for (String user : users) {
        runs.put(user, pool.submit(() -> readAll(user, paths)));
      }
      for (Map.Entry<String, Future<Map<String, List<String>>>> run : runs.entrySet()) {
        Map<String, List<String>> byPath = run.getValue().get();
        for (Path path : paths) {
          List<String> wrong = byPath.getOrDefault(path.name(), List.of());
          cells
              .computeIfAbsent(path.name(), p -> new LinkedHashMap<>())
              .put(run.getKey(), wrong.size());
          if (!wrong.isEmpty()) {
            mismatches.computeIfAbsent(path.name(), p -> new TreeMap<>()).put(run.getKey(), wrong);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }

    StringBuilder table =
        new StringBuilder("\naccess policy contract: mismatches by read path and reader\n");
    table.append(String.format("%-28s", "path"));
    for (String user : users) {
      table.append(String.format(" %6s", abbreviate(user)));
    }
    table.append('\n');
    int total = 0;
    for (Map.Entry<String, Map<String, Integer>> row : cells.entrySet()) {
      table.append(String.format("%-28s", row.getKey()));
      for (String user : users) {
        int n = row.getValue().get(user);
        total += n;
        table.append(String.format(" %6d", n));
      }
      table.append('\n');
    }
    table.append(
        String.format(
            "%d paths x %d readers = %d cells over %d cases, %d mismatches%n",
            paths.size(), users.size(), paths.size() * users.size(), references.size(), total));
    System.out.println(table);
    mismatches.forEach(
        (path, byUser) ->
            byUser.forEach(
                (user, wrong) ->
                    System.out.println("mismatch: " + path + " as " + user + ": " + wrong)));

    assertThat(total).as(table.toString()).isZero();
  }

  private static String abbreviate(String user) {
    return user.length() <= 6 ? user : user.substring(0, 6);
  }

  private Map<String, List<String>> readAll(String user, List<Path> paths) throws Exception {
    Api api = Api.as(user);
    Map<String, List<String>> wrong = new LinkedHashMap<>();
    for (Path path : paths) {
      Set<String> actual = path.actual().of(user, api);
      Set<String> expected = path.expected().apply(user);
      List<String> differences = new ArrayList<>();
      for (String reference : references.values()) {
        if (actual.contains(reference) != expected.contains(reference)) {
          differences.add(
              label(reference) + (expected.contains(reference) ? " missing" : " not expected"));
        }
      }
      // a path may also answer with counts: those are checked as pseudo-references
      for (String extra : actual) {
        if (!references.containsValue(extra) && !expected.contains(extra)) {
          differences.add(extra + " (answered)");
        }
      }
      for (String extra : expected) {
        if (!references.containsValue(extra) && !actual.contains(extra)) {
          differences.add(extra + " (expected)");
        }
      }
      wrong.put(path.name(), differences);
    }
    return wrong;
  }

  private String label(String reference) {
    return references.entrySet().stream()
        .filter(e -> e.getValue().equals(reference))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(reference);
  }

  // ------------------------------------------------------------------ the expectations

  private boolean hasAnyRole(String user, Set<String> roles) {
    return readers.get(user).roles().stream().anyMatch(roles::contains);
  }

  /** The generated cases the policy lets the reader reach for a purpose, behind a role gate. */
  private Set<String> policy(String user, Set<String> roles, Purpose purpose) {
    Set<String> reached = new TreeSet<>();
    if (!hasAnyRole(user, roles)) {
      return reached;
    }
    Viewer viewer = readers.get(user);
    facts.forEach(
        (reference, f) -> {
          if (AccessPolicy.reaches(viewer, f, purpose)) {
            reached.add(reference);
          }
        });
    return reached;
  }

  private Set<String> policyWhere(
      String user, Set<String> roles, Purpose purpose, java.util.function.Predicate<String> part) {
    Set<String> reached = policy(user, roles, purpose);
    reached.removeIf(reference -> !part.test(reference));
    return reached;
  }

  // ------------------------------------------------------------------ the read paths

  private List<Path> paths() {
    List<Path> paths = new ArrayList<>();
    paths.add(
        new Path(
            "complaint list",
            (u, api) -> listed(api.get("complaints?size=100&territory=" + territory)),
            u -> policy(u, CASE_READERS, Purpose.READ)));
    paths.add(
        new Path(
            "complaint list count",
            (u, api) -> {
              Api.Reply reply = api.get("complaints?size=1&territory=" + territory);
              return reply.status() == 200
                  ? Set.of("count=" + reply.json().getJsonNumber("totalElements").longValue())
                  : Set.of();
            },
            u ->
                hasAnyRole(u, CASE_READERS)
                    ? Set.of("count=" + policy(u, CASE_READERS, Purpose.READ).size())
                    : Set.of()));
    paths.add(perCase("complaint detail", "complaints/%s", CASE_READERS));
    paths.add(perCase("case history", "complaints/%s/history", CASE_READERS));
    paths.add(perCase("case timeline", "complaints/%s/timeline", CASE_READERS));
    paths.add(perCase("case diagram", "complaints/%s/diagram", CASE_READERS));
    paths.add(perCase("case files", "complaints/%s/files", CASE_READERS));
    paths.add(
        new Path(
            "identifying file content",
            (u, api) -> {
              Set<String> reached = new TreeSet<>();
              for (String reference : references.values()) {
                Long file = identifyingFile.get(reference);
                if (api.get("complaints/" + reference + "/files/" + file + "/content").status()
                    == 200) {
                  reached.add(reference);
                }
              }
              return reached;
            },
            u ->
                policyWhere(
                    u,
                    CASE_READERS,
                    Purpose.READ,
                    r -> AccessPolicy.readsFileContent(readers.get(u), facts.get(r), true))));
    paths.add(
        new Path(
            "investigators' notes",
            perCaseReach("complaints/%s/notes"),
            u ->
                AccessPolicy.readsNotes(readers.get(u))
                    ? policy(u, CASE_READERS, Purpose.READ)
                    : Set.of()));
    paths.add(
        new Path(
            "messages",
            perCaseReach("complaints/%s/messages"),
            u ->
                policyWhere(
                    u,
                    MESSAGE_READERS,
                    Purpose.READ,
                    r -> AccessPolicy.readsMessages(readers.get(u), facts.get(r)))));
    paths.add(
        new Path(
            "search hits",
            (u, api) -> searched(api.get("search?size=100&q=territory:" + territory)),
            u -> policy(u, CASE_READERS, Purpose.READ)));
    paths.add(
        new Path(
            "search facets",
            (u, api) -> {
              Api.Reply reply = api.get("search?size=1&q=territory:" + territory);
              if (reply.status() != 200) {
                return Set.of();
              }
              long sum = 0;
              for (JsonValue v : reply.json().getJsonObject("facets").getJsonArray("status")) {
                sum += v.asJsonObject().getJsonNumber("count").longValue();
              }
              return Set.of("facet status sum=" + sum);
            },
            u ->
                hasAnyRole(u, CASE_READERS)
                    ? Set.of("facet status sum=" + policy(u, CASE_READERS, Purpose.READ).size())
                    : Set.of()));
    paths.add(
        new Path(
            "search drill-down counted",
            (u, api) -> {
              Api.Reply reply = api.get("search?size=1&q=territory:" + territory);
              if (reply.status() != 200) {
                return Set.of();
              }
              JsonObject json = reply.json();
              return Set.of(
                  "counted="
                      + (json.getJsonNumber("total").longValue()
                          + json.getJsonNumber("countedNotListed").longValue()));
            },
            u ->
                hasAnyRole(u, CASE_READERS)
                    ? Set.of("counted=" + policy(u, CASE_READERS, Purpose.COUNT).size())
                    : Set.of()));
    paths.add(
        new Path(
            "similar complaints",
            (u, api) -> {
              Set<String> reached = new TreeSet<>();
              for (String reference : references.values()) {
                Api.Reply reply = api.get("search/similar/" + reference + "?size=50");
                if (reply.status() == 200) {
                  reached.add(reference);
                  // and no hit the reader may not reach
                  for (JsonValue hit : reply.jsonArray()) {
                    String other = hit.asJsonObject().getString("reference");
                    if (references.containsValue(other)) {
                      reached.add(other);
                    }
                  }
                }
              }
              return reached;
            },
            u -> policy(u, CASE_READERS, Purpose.READ)));
    paths.add(
        new Path(
            "task inbox",
            (u, api) -> {
              Set<String> reached = new TreeSet<>();
              for (String reference : references.values()) {
                Api.Reply reply = api.get("tasks?size=50&reference=" + reference);
                if (reply.status() == 200 && !reply.json().getJsonArray("items").isEmpty()) {
                  reached.add(reference);
                }
              }
              return reached;
            },
            u -> {
              Set<String> queued = tasksQueuedFor(readers.get(u));
              Set<String> reached = policy(u, readers.get(u).roles(), Purpose.READ);
              reached.retainAll(queued);
              return reached;
            }));
    paths.add(
        new Path(
            "volume indicator",
            (u, api) -> {
              Api.Reply reply =
                  api.get("reports/indicators/volume?period=all&territory=" + territory);
              return reply.status() == 200 ? Set.of("volume=" + volume(reply.json())) : Set.of();
            },
            u ->
                hasAnyRole(u, REPORT_READERS)
                    ? Set.of("volume=" + policy(u, REPORT_READERS, Purpose.COUNT).size())
                    : Set.of()));
    paths.add(
        new Path(
            "organized-crime indicator",
            (u, api) -> {
              Api.Reply reply =
                  api.get("reports/indicators/corruption?period=all&territory=" + territory);
              return reply.status() == 200
                  ? Set.of("organized crime=" + column(reply.json(), "organizedCrimeLinked"))
                  : Set.of();
            },
            u ->
                hasAnyRole(u, REPORT_READERS)
                    ? Set.of(
                        "organized crime="
                            + policyWhere(u, REPORT_READERS, Purpose.COUNT, this::organizedCrime)
                                .size())
                    : Set.of()));
    paths.add(
        new Path(
            "concentration: officers named",
            (u, api) -> {
              Api.Reply reply =
                  api.get("reports/indicators/concentration?period=all&territory=" + territory);
              return reply.status() == 200
                  ? Set.of("officers named=" + column(reply.json(), "officersNamed"))
                  : Set.of();
            },
            u -> {
              if (!hasAnyRole(u, REPORT_READERS)) {
                return Set.of();
              }
              Set<Long> named = new TreeSet<>();
              for (String reference : policy(u, REPORT_READERS, Purpose.COUNT)) {
                named.addAll(facts.get(reference).namedOfficers());
              }
              return Set.of("officers named=" + named.size());
            }));
    paths.add(
        new Path(
            "officer network ties",
            (u, api) -> {
              Api.Reply reply = api.get("reports/networks?min=1&top=200");
              if (reply.status() != 200) {
                return Set.of();
              }
              return Set.of("ties=" + ties(reply.jsonArray()));
            },
            u ->
                hasAnyRole(u, REPORT_READERS)
                    ? Set.of(
                        "ties="
                            + policyWhere(u, REPORT_READERS, Purpose.READ, this::namesThePair)
                                .size())
                    : Set.of()));
    paths.add(
        new Path(
            "early-warning officer",
            (u, api) -> {
              Api.Reply reply = api.get("reports/early-warning?territory=" + territory);
              if (reply.status() != 200) {
                return Set.of();
              }
              long n = 0;
              for (JsonValue flag : reply.json().getJsonArray("officers")) {
                if (flag.asJsonObject().getString("badgeNumber").equals(badges.get("O4"))) {
                  n = flag.asJsonObject().getJsonNumber("complaintsInWindow").longValue();
                }
              }
              return Set.of("flagged with " + n);
            },
            u -> {
              if (!hasAnyRole(u, REPORT_READERS)) {
                return Set.of();
              }
              long n = policyWhere(u, REPORT_READERS, Purpose.READ, r -> names(r, "O4")).size();
              // flagged from three complaints on (the configured threshold), or from two as one
              // of the top 2 % of officers of the rank: in its territory the four officers of
              // this world rank among the first of the demo's hundreds of officers of their rank
              return Set.of("flagged with " + (n >= 2 ? n : 0));
            }));
    return paths;
  }

  private Path perCase(String name, String path, Set<String> roles) {
    return new Path(name, perCaseReach(path), u -> policy(u, roles, Purpose.READ));
  }

  private Reach perCaseReach(String path) {
    return (u, api) -> {
      Set<String> reached = new TreeSet<>();
      for (String reference : references.values()) {
        if (api.get(String.format(path, reference)).status() == 200) {
          reached.add(reference);
        }
      }
      return reached;
    };
  }

  private Set<String> listed(Api.Reply reply) {
    Set<String> found = new TreeSet<>();
    if (reply.status() == 200) {
      for (JsonValue item : reply.json().getJsonArray("items")) {
        found.add(item.asJsonObject().getString("referenceNumber"));
      }
    }
    return found;
  }

  private Set<String> searched(Api.Reply reply) {
    Set<String> found = new TreeSet<>();
    if (reply.status() == 200) {
      for (JsonValue item : reply.json().getJsonArray("hits")) {
        found.add(item.asJsonObject().getString("reference"));
      }
    }
    return found;
  }

  private static long volume(JsonObject table) {
    return column(table, "complaints");
  }

  private static long column(JsonObject table, String column) {
    long sum = 0;
    for (JsonValue row : table.getJsonArray("rows")) {
      JsonValue cell = row.asJsonObject().get(column);
      if (cell != null && cell.getValueType() == JsonValue.ValueType.NUMBER) {
        sum += ((jakarta.json.JsonNumber) cell).longValue();
      }
    }
    return sum;
  }

  /** The complaints counted on the tie between the two officers named together (O2 and O4). */
  private long ties(jakarta.json.JsonArray groups) {
    Set<String> pair = Set.of(badges.get("O2"), badges.get("O4"));
    for (JsonValue group : groups) {
      for (JsonValue tie : group.asJsonObject().getJsonArray("ties")) {
        JsonObject t = tie.asJsonObject();
        if (pair.equals(Set.of(t.getString("badgeNumber"), t.getString("otherBadgeNumber")))) {
          return t.getJsonNumber("complaints").longValue();
        }
      }
    }
    return 0;
  }

  private boolean names(String reference, String officer) {
    return facts.get(reference).namedOfficers().contains(officerIds.get(officer));
  }

  private boolean namesThePair(String reference) {
    return names(reference, "O2") && names(reference, "O4");
  }

  private boolean organizedCrime(String reference) {
    return organizedCrimeLinked.contains(reference);
  }

  /**
   * The generated open cases with a task for the reader: assigned to them, or in a role's queue.
   */
  private Set<String> tasksQueuedFor(Viewer viewer) {
    Set<String> queued = new TreeSet<>();
    for (String reference : references.values()) {
      var instance =
          runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list();
      for (var process : instance) {
        for (Task task : tasks.createTaskQuery().processInstanceId(process.getId()).list()) {
          boolean mine = viewer.username().equals(task.getAssignee());
          boolean queue =
              tasks.getIdentityLinksForTask(task.getId()).stream()
                  .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                  .anyMatch(l -> l.getGroupId() != null && viewer.hasRole(l.getGroupId()));
          if (mine || queue) {
            queued.add(reference);
          }
        }
      }
    }
    return queued;
  }

  // ------------------------------------------------------------------ the world

  private final Map<String, Long> officerIds = new LinkedHashMap<>();
  private final Set<String> organizedCrimeLinked = new LinkedHashSet<>();

  /** Builds the world and returns every reader: the demo users and the two extra ones. */
  private List<String> world(String suffix) throws Exception {
    territory = "CT" + suffix;
    String investigator = "ct-inv-" + suffix.toLowerCase(Locale.ROOT);
    String supervisor = "ct-sup-" + suffix.toLowerCase(Locale.ROOT);
    admin.call(
        () -> {
          Territory t = new Territory(territory, "Contract territory " + suffix);
          em.persist(t);
          Unit national =
              em.createNamedQuery("Unit.findByCode", Unit.class)
                  .setParameter("code", "PN")
                  .getSingleResult();
          Map<String, Unit> units = new LinkedHashMap<>();
          for (String key : List.of("UA", "UB", "UC")) {
            Unit unit =
                national.addSubunit(key + suffix, "Contract unit " + key, UnitLevel.REGION, t);
            em.persist(unit);
            units.put(key, unit);
          }
          Map<String, Officer> officers = new LinkedHashMap<>();
          for (String key : List.of("O1", "O2", "O3", "O4")) {
            String badge = Officers.uniqueBadge();
            badges.put(key, badge);
            Officer officer =
                new Officer(
                    BadgeNumber.parse(badge),
                    "Contrato",
                    key + " " + suffix,
                    Rank.OFFICER,
                    OfficerStatus.ACTIVE);
            em.persist(officer);
            officers.put(key, officer);
          }
          LocalDate since = LocalDate.of(2020, 1, 1);
          officers.get("O1").assignTo(units.get("UC"), since);
          officers.get("O2").assignTo(units.get("UA"), since);
          officers.get("O3").assignTo(units.get("UA"), since);
          officers.get("O3").assignTo(units.get("UB"), LocalDate.of(2026, 1, 1)); // moved since
          officers.get("O4").assignTo(units.get("UC"), since);
          em.flush();
          officers.forEach((key, o) -> officerIds.put(key, o.id()));
          // an investigator whose own record is O1, in UB; a supervisor in UA
          user(investigator, Roles.INVESTIGATOR, officers.get("O1").id(), units.get("UB").id());
          user(supervisor, Roles.SUPERVISOR, null, units.get("UA").id());
          return null;
        });

    List<Spec> specs =
        List.of(
            spec("A own unit", false, false, null, false, a("EXCESSIVE_FORCE", "O2")),
            spec("B moved officer", false, false, null, false, a("DISCOURTESY", "O3")),
            spec("C own officer", false, false, null, false, a("ABUSE_OF_AUTHORITY", "O1")),
            spec("D worked open", false, false, null, true, a("NEGLECT_OF_DUTY", "O4")),
            spec("E plain closed", false, true, null, false, a("DISCOURTESY", "O4")),
            spec("F sealed open", true, false, null, false, a("BRIBERY", "O4")),
            spec("G sealed closed", true, true, null, false, a("EXTORTION", "O4")),
            spec("H sealed by decision", false, true, true, false, a("BRIBERY", "O4")),
            spec(
                "I unsealed by decision",
                true,
                true,
                false,
                false,
                a("BRIBERY", "O2"),
                a("BRIBERY", "O4")),
            new Spec(
                "J unit only",
                List.<String[]>of(new String[] {"UNLAWFUL_SEARCH", null, "UB"}),
                false,
                false,
                null,
                false),
            spec("K pair closed", false, true, null, false, a("BRIBERY", "O2"), a("BRIBERY", "O4")),
            spec(
                "L pair sealed",
                true,
                true,
                null,
                false,
                a("EXTORTION", "O2"),
                a("EXTORTION", "O4")),
            spec("M sealed own unit", true, false, null, false, a("BRIBERY", "O2")));
    for (Spec spec : specs) {
      register(spec, suffix);
    }
    for (Spec spec : specs) {
      String reference = references.get(spec.label());
      if (spec.sealingDecision() != null) {
        Api.Reply sealed =
            Api.as("supervisor")
                .put(
                    "complaints/" + reference + "/sealing",
                    "{\"sealed\": " + spec.sealingDecision() + ", \"reason\": \"contract test\"}");
        assertThat(sealed.status()).as(sealed.body()).isEqualTo(200);
      }
      // every case gets a file that identifies its complainant, added by a supervisor who may
      // see them all (the special unit's)
      Api.Reply file =
          Api.as("supervisor")
              .post(
                  "complaints/" + reference + "/files?name=declaracion.txt&identifying=true",
                  "text/plain",
                  "Declaración de la persona denunciante, caso " + spec.label());
      assertThat(file.status()).as(file.body()).isEqualTo(201);
      identifyingFile.put(reference, file.json().getJsonNumber("id").longValue());
    }
    admin.call(
        () -> {
          for (Spec spec : specs) {
            Complaint complaint =
                em.createNamedQuery("Complaint.findByReference", Complaint.class)
                    .setParameter("reference", ReferenceNumber.parse(references.get(spec.label())))
                    .getSingleResult();
            if (spec.workedByDemoInvestigator()) {
              complaint.assignTo("investigator", "supervisor");
            }
            if (spec.close()) {
              for (var process :
                  runtime
                      .createProcessInstanceQuery()
                      .processInstanceBusinessKey(complaint.referenceNumber().toString())
                      .list()) {
                runtime.deleteProcessInstance(process.getId(), "contract test: closed", true);
              }
              complaint.close(Instant.now());
            }
          }
          return null;
        });
    admin.call(
        () -> {
          for (String reference : references.values()) {
            Complaint complaint =
                em.createNamedQuery("Complaint.findByReference", Complaint.class)
                    .setParameter("reference", ReferenceNumber.parse(reference))
                    .getSingleResult();
            facts.put(reference, complaint.accessFacts());
            if (complaint.hasOrganizedCrimeLink()) {
              organizedCrimeLinked.add(reference);
            }
          }
          return null;
        });
    // the sealing decisions and the rule agree with the world as specified
    assertThat(facts.get(references.get("F sealed open")).sealed()).isTrue();
    assertThat(facts.get(references.get("H sealed by decision")).sealed()).isTrue();
    assertThat(facts.get(references.get("I unsealed by decision")).sealed()).isFalse();
    assertThat(facts.get(references.get("D worked open")).isWorkedBy("investigator")).isTrue();

    List<String> users =
        new ArrayList<>(
            List.of(
                "intake",
                "investigator",
                "investigator2",
                "supervisor",
                "supervisor2",
                "authority",
                "appeals",
                "board",
                "leadership",
                "auditor",
                "admin"));
    users.add(investigator);
    users.add(supervisor);
    return users;
  }

  private void user(String username, String role, Long officerId, Long unitId) {
    PasswordDigest digest = PasswordDigest.of(Api.DEMO_PASSWORD.toCharArray());
    em.createNativeQuery(
            "insert into app_user (username, display_name, password_digest, password_salt,"
                + " password_iterations, officer_id, unit_id, enabled, version)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, true, 0)")
        .setParameter(1, username)
        .setParameter(2, "Contract test " + role)
        .setParameter(3, digest.digest())
        .setParameter(4, digest.salt())
        .setParameter(5, digest.iterations())
        .setParameter(6, officerId)
        .setParameter(7, unitId)
        .executeUpdate();
    em.createNativeQuery("insert into app_user_role (username, role_name) values (?1, ?2)")
        .setParameter(1, username)
        .setParameter(2, role)
        .executeUpdate();
  }

  private static String[] a(String category, String officer) {
    return new String[] {category, officer, null};
  }

  private static Spec spec(
      String label,
      boolean organizedCrime,
      boolean close,
      Boolean sealing,
      boolean worked,
      String[]... allegations) {
    return new Spec(label, List.of(allegations), organizedCrime, close, sealing, worked);
  }

  private void register(Spec spec, String suffix) {
    StringBuilder allegations = new StringBuilder();
    for (String[] a : spec.allegations()) {
      if (allegations.length() > 0) {
        allegations.append(", ");
      }
      allegations.append("{\"categoryCode\": \"").append(a[0]).append('"');
      if (a[1] != null) {
        allegations.append(", \"badgeNumber\": \"").append(badges.get(a[1])).append('"');
      }
      if (a[2] != null) {
        allegations.append(", \"unitCode\": \"").append(a[2]).append(suffix).append('"');
      }
      allegations.append('}');
    }
    String json =
        "{\"channel\": \"WALK_IN\", \"incidentDate\": \""
            + INCIDENT
            + "\", \"territoryCode\": \""
            + territory
            + "\", \"narrative\": \"Caso de contrato "
            + spec.label()
            + ": los agentes exigieron dinero en el puesto de control.\","
            + " \"complainant\": {\"anonymous\": false, \"name\": \"Persona "
            + suffix
            + "\"}, \"organizedCrimeLink\": "
            + spec.organizedCrime()
            + ", \"allegations\": ["
            + allegations
            + "]}";
    Api.Reply registered = Api.as("intake").postJson("complaints", json);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    references.put(spec.label(), registered.json().getString("referenceNumber"));
  }
}
