package org.veedor.history.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.history.domain.Finding;
import org.veedor.history.domain.ImportMapping;
import org.veedor.history.domain.ImportRun;
import org.veedor.history.domain.SourceExport;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.AllegationCategory;
import org.veedor.intake.domain.Complainant;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.ComplaintRepository;
import org.veedor.intake.domain.ComplaintStatus;
import org.veedor.intake.domain.Disposition;
import org.veedor.intake.domain.SourceCodes;
import org.veedor.intake.domain.SourceRecord;
import org.veedor.officers.domain.BadgeNumber;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.OfficerStatus;
import org.veedor.officers.domain.Rank;
import org.veedor.officers.domain.Territory;
import org.veedor.officers.domain.Unit;

/**
 * The import's steps, each in a transaction of its own: the territory and the force's root unit,
 * then batches of complaints. A batch is written whole or not at all, and the run's progress moves
 * with it, so a run stopped midway has its counts right and can be run again.
 */
@Stateless
@PermitAll
@RunAs(Roles.ADMIN)
public class ImportSteps {

  /** What the batches share: ids, so that each batch's persistence context stays its own. */
  public static final class Context {
    final ImportMapping mapping;
    final String importer;
    final long runId;
    long territoryId;
    long forceUnitId;
    final Map<String, Long> categories = new HashMap<>();
    final Map<String, Long> units = new HashMap<>();
    final Map<String, Long> officers = new HashMap<>();
    int officersPersisted; // by this run since it (re)started, for the batches' counts

    Context(ImportMapping mapping, String importer, long runId) {
      this.mapping = mapping;
      this.importer = importer;
      this.runId = runId;
    }
  }

  @PersistenceContext EntityManager em;
  @Inject ComplaintRepository complaints;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The territory and the force's top unit, made when the first import of the source runs. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void prepare(Context context) {
    ImportMapping m = context.mapping;
    Territory territory =
        em.createQuery("select t from Territory t where t.code = :code", Territory.class)
            .setParameter("code", m.territoryCode())
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  Territory t = new Territory(m.territoryCode(), m.territoryName());
                  em.persist(t);
                  return t;
                });
    Unit force =
        unitByCode(m.forceCode())
            .orElseGet(
                () -> {
                  Unit u = Unit.national(m.forceCode(), m.forceName(), territory);
                  em.persist(u);
                  return u;
                });
    em.flush();
    context.territoryId = territory.id();
    context.forceUnitId = force.id();
    for (AllegationCategory category :
        em.createQuery("select c from AllegationCategory c", AllegationCategory.class)
            .getResultList()) {
      context.categories.put(category.code(), category.id());
    }
  }

  /**
   * Writes a batch of complaints: new ones with their allegations, officers, units and
   * complainants; ones imported before are left as they are (unchanged, or kept with a warning when
   * the source changed since).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void importBatch(Context context, List<SourceExport.Complaint> batch) {
    ImportMapping m = context.mapping;
    Map<String, String> known = digestsOf(m.source(), batch);
    List<Finding> findings = new ArrayList<>();
    int created = 0;
    int unchanged = 0;
    int conflicting = 0;
    int allegations = 0;
    int complainants = 0;
    int officersCreated = 0;
    for (SourceExport.Complaint source : batch) {
      String digest = source.digest();
      String previous = known.get(source.key());
      if (previous != null) {
        if (previous.equals(digest)) {
          unchanged++;
        } else {
          conflicting++;
          findings.add(
              Finding.warning(
                  m.complaints().role(),
                  source.row().line(),
                  source.key(),
                  "imported before and changed in the source since: Veedor's record is kept"));
        }
        continue;
      }
      Written written = write(context, source, digest, findings);
      if (written == null) {
        continue;
      }
      created++;
      allegations += written.allegations;
      complainants += written.complainants;
      officersCreated += written.officersCreated;
    }
    em.flush();
    record(context.runId, findings);
    int rejected =
        (int) findings.stream().filter(f -> f.severity() == Finding.Severity.REJECTED).count();
    ImportRun run = em.find(ImportRun.class, context.runId);
    run.batchDone(
        batch.size(),
        created,
        unchanged,
        conflicting,
        allegations,
        complainants,
        officersCreated,
        rejected);
  }

  /** Records the run, with what reading the files rejected. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long begin(ImportMapping mapping, SourceExport export, String importer) {
    ImportRun run =
        new ImportRun(
            mapping.source(),
            mapping.name(),
            importer,
            clock.instant(),
            export.rowsRead(),
            export.rowsMerged(),
            export.complaints().size(),
            (int)
                export.findings().stream()
                    .filter(f -> f.severity() == Finding.Severity.REJECTED)
                    .count());
    em.persist(run);
    em.flush();
    record(run.id(), export.findings());
    audit.recordAs(
        importer,
        AuditEventType.RECORDS_IMPORTED,
        "import",
        String.valueOf(run.id()),
        AuditOutcome.SUCCESS,
        "started: "
            + mapping.source()
            + ", "
            + export.complaints().size()
            + " complaints, "
            + export.rowsRead()
            + " rows");
    return run.id();
  }

  /** The runs a restart cut short, oldest first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> cutShort() {
    return em.createQuery(
            "select r.id from ImportRun r where r.state = :running order by r.id", Long.class)
        .setParameter("running", ImportRun.State.RUNNING)
        .getResultList();
  }

  /**
   * A run cut short by a restart goes on.
   *
   * @return how many of its complaints were written before the restart
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int resume(long runId) {
    ImportRun run = em.find(ImportRun.class, runId);
    run.resumed();
    recordRun(
        run,
        AuditOutcome.SUCCESS,
        "taken over after its node stopped (a restart, or another node): "
            + run.complaintsDone()
            + " of "
            + run.complaintsTotal()
            + " complaints were written before it");
    return run.complaintsDone();
  }

  /** Who started the run. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String importer(long runId) {
    return em.find(ImportRun.class, runId).startedBy();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void placingLifecycles(long runId) {
    em.find(ImportRun.class, runId).placingLifecycles();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void lifecycleStarted(long runId) {
    em.find(ImportRun.class, runId).lifecycleStarted();
  }

  /** An imported open complaint whose lifecycle could not be placed: a warning of the run. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void lifecycleFailed(long runId, long complaintId, String reason) {
    Object[] source =
        (Object[])
            em.createNativeQuery("select source_system, source_key from complaint where id = ?1")
                .setParameter(1, complaintId)
                .getSingleResult();
    record(
        runId,
        List.of(
            Finding.warning(
                "lifecycle", 0, (String) source[1], "no lifecycle was started: " + reason)));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(long runId) {
    ImportRun run = em.find(ImportRun.class, runId);
    run.finish(clock.instant());
    recordRun(
        run,
        AuditOutcome.SUCCESS,
        "done: "
            + run.complaintsCreated()
            + " complaints created, "
            + run.complaintsUnchanged()
            + " unchanged, "
            + run.rowsRejected()
            + " rows rejected");
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long runId, String reason) {
    ImportRun run = em.find(ImportRun.class, runId);
    run.fail(clock.instant(), reason);
    recordRun(
        run,
        AuditOutcome.FAILURE,
        "failed after " + run.complaintsDone() + " complaints: " + reason);
  }

  private void recordRun(ImportRun run, AuditOutcome outcome, String detail) {
    audit.recordAs(
        run.startedBy(),
        AuditEventType.RECORDS_IMPORTED,
        "import",
        String.valueOf(run.id()),
        outcome,
        detail);
  }

  private void record(long runId, List<Finding> findings) {
    for (Finding f : findings) {
      em.createNativeQuery(
              "insert into import_rejection (run_id, severity, file_role, line_number, record_key,"
                  + " reason) values (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, runId)
          .setParameter(2, f.severity().name())
          .setParameter(3, f.fileRole())
          .setParameter(4, f.line())
          .setParameter(5, f.key())
          .setParameter(6, f.reason().length() > 500 ? f.reason().substring(0, 500) : f.reason())
          .executeUpdate();
    }
  }

  private record Written(
      long complaintId, int allegations, int complainants, int officersCreated) {}

  private Written write(
      Context context, SourceExport.Complaint source, String digest, List<Finding> findings) {
    ImportMapping m = context.mapping;
    ImportMapping.FileSpec spec = m.complaints();
    SourceExport.Row row = source.row();
    String role = spec.role();
    Instant receivedAt;
    try {
      receivedAt = m.instant(row.get(spec.column("receivedAt"))).orElseThrow();
    } catch (DateTimeException e) {
      findings.add(
          Finding.rejected(
              role,
              row.line(),
              source.key(),
              spec.column("receivedAt") + ": " + e.getMessage() + " (with its rows)"));
      return null;
    }
    LocalDate received = receivedAt.atZone(m.zone()).toLocalDate();
    LocalDate incident = dateOrWarn(m, row, spec.column("incidentAt"), role, source, findings);
    if (incident != null && incident.isAfter(received)) {
      findings.add(
          Finding.warning(
              role,
              row.line(),
              source.key(),
              spec.column("incidentAt")
                  + " "
                  + incident
                  + " is after the complaint's date "
                  + received
                  + ": left out"));
      incident = null;
    }
    Instant closedAt = null;
    LocalDate closed = dateOrWarn(m, row, spec.column("closedAt"), role, source, findings);
    if (closed != null) {
      closedAt = m.instant(row.get(spec.column("closedAt"))).orElseThrow();
      if (closedAt.isBefore(receivedAt)) {
        findings.add(
            Finding.warning(
                role,
                row.line(),
                source.key(),
                spec.column("closedAt")
                    + " "
                    + closed
                    + " is before the complaint's date: left out"));
        closedAt = null;
        closed = null;
      }
    }
    Territory territory = em.getReference(Territory.class, context.territoryId);
    Complaint complaint =
        new Complaint(
            complaints.nextReference(received.getYear()),
            m.channel(),
            receivedAt,
            m.zone(),
            new Complaint.Incident(incident, place(m, row), territory, false, false),
            narrative(m, source),
            Complainant.notRecorded());
    complaint.importedFrom(new SourceRecord(m.source(), source.key(), digest));
    int officersCreated = 0;
    int allegationCount = 0;
    LocalDate disposedOn = closed != null ? closed : LocalDate.now(clock.withZone(m.zone()));
    ImportMapping.FileSpec accused = m.accused();
    for (SourceExport.Row a : source.accused()) {
      String[] names;
      try {
        names = m.familyAndGiven(a.get(accused.column("name")));
      } catch (IllegalArgumentException e) {
        findings.add(
            Finding.rejected(
                accused.role(),
                a.line(),
                source.key(),
                accused.column("name") + ": " + e.getMessage()));
        continue;
      }
      Unit unit = unitFor(context, a.get(accused.column("unit")));
      int before = context.officersPersisted;
      Officer officer = officerFor(context, a, names, unit, received, findings);
      officersCreated += context.officersPersisted - before;
      String sourceCategory = a.get(accused.column("category"));
      String categoryCode = m.category(sourceCategory);
      Long categoryId = context.categories.get(categoryCode);
      Allegation allegation =
          complaint.allegeAsRecorded(
              em.getReference(AllegationCategory.class, categoryId), officer, unit);
      String finding = a.get(accused.column("finding"));
      String finalFinding = a.get(accused.column("finalFinding"));
      allegation.keepSourceCodes(
          new SourceCodes(
              sourceCategory,
              finding,
              finalFinding,
              a.get(accused.column("recommendedDiscipline")),
              a.get(accused.column("discipline"))));
      for (String code : new LinkedHashSet<>(List.of(finding, finalFinding))) {
        if (!m.knowsFinding(code)) {
          findings.add(
              Finding.warning(
                  accused.role(),
                  a.line(),
                  source.key(),
                  "finding code \"" + code + "\" is not in the mapping: kept as data, undecided"));
        }
      }
      m.finding(finding).ifPresent(allegation::propose);
      Optional<Disposition> decided = m.finding(finalFinding);
      if (decided.isPresent()) {
        allegation.dispose(decided.get(), disposedOn);
      }
      allegationCount++;
    }
    boolean open = closedAt == null;
    if (open) {
      complaint.enter(ComplaintStatus.INVESTIGATION);
    } else {
      complaint.close(closedAt);
    }
    complaints.add(complaint);
    em.flush();
    int complainantCount = 0;
    Optional<ImportMapping.FileSpec> people = m.complainants();
    if (people.isPresent()) {
      ImportMapping.FileSpec p = people.get();
      for (SourceExport.Row c : source.complainants()) {
        em.createNativeQuery(
                "insert into complaint_complainant (complaint_id, gender, age_years, race)"
                    + " values (?1, ?2, ?3, ?4)")
            .setParameter(1, complaint.id())
            .setParameter(2, clip(c.get(p.column("gender")), 20))
            .setParameter(3, age(c.get(p.column("age"))))
            .setParameter(4, clip(c.get(p.column("race")), 60))
            .executeUpdate();
        complainantCount++;
      }
    }
    audit.recordAs(
        context.importer,
        AuditEventType.COMPLAINT_IMPORTED,
        "complaint",
        complaint.referenceNumber().toString(),
        AuditOutcome.SUCCESS,
        "from " + m.source() + " " + source.key() + ", " + allegationCount + " allegations");
    return new Written(complaint.id(), allegationCount, complainantCount, officersCreated);
  }

  private LocalDate dateOrWarn(
      ImportMapping m,
      SourceExport.Row row,
      String column,
      String role,
      SourceExport.Complaint source,
      List<Finding> findings) {
    if (column == null) {
      return null;
    }
    try {
      return m.date(row.get(column)).orElse(null);
    } catch (DateTimeException e) {
      findings.add(
          Finding.warning(
              role, row.line(), source.key(), column + ": " + e.getMessage() + ": left out"));
      return null;
    }
  }

  private Unit unitFor(Context context, String sourceUnit) {
    Optional<String> code = context.mapping.unitCode(sourceUnit);
    if (code.isEmpty()) {
      return null;
    }
    Long id = context.units.get(code.get());
    if (id != null) {
      return em.getReference(Unit.class, id);
    }
    Unit unit =
        unitByCode(code.get())
            .orElseGet(
                () -> {
                  Unit force = em.find(Unit.class, context.forceUnitId);
                  Unit u =
                      force.addSubunit(
                          code.get(),
                          context.mapping.forceName()
                              + " "
                              + sourceUnit.strip().replaceAll("\\.0+$", ""),
                          context.mapping.unitLevel(),
                          force.territory());
                  em.persist(u);
                  return u;
                });
    em.flush();
    context.units.put(code.get(), unit.id());
    return unit;
  }

  private Officer officerFor(
      Context context,
      SourceExport.Row row,
      String[] names,
      Unit unit,
      LocalDate received,
      List<Finding> findings) {
    ImportMapping m = context.mapping;
    ImportMapping.FileSpec accused = m.accused();
    StringBuilder identity = new StringBuilder();
    for (String column : m.identityColumns()) {
      identity.append(row.get(column).toUpperCase(java.util.Locale.ROOT)).append('|');
    }
    String key = identity.toString();
    Long id = context.officers.get(key);
    if (id != null) {
      return em.getReference(Officer.class, id);
    }
    Officer officer =
        em.createQuery(
                "select o from Officer o where o.sourceSystem = :s and o.sourceKey = :k",
                Officer.class)
            .setParameter("s", m.source())
            .setParameter("k", key)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (officer == null) {
      String sourceRank = row.get(accused.column("rank"));
      Rank rank = m.rank(sourceRank).orElse(null);
      if (rank == null) {
        findings.add(
            Finding.warning(
                accused.role(),
                row.line(),
                row.get(accused.key()),
                "rank \"" + sourceRank + "\" is not in the mapping: taken as " + Rank.OFFICER));
        rank = Rank.OFFICER;
      }
      String badge =
          m.badge(row.get(accused.column("badge")))
              .filter(this::badgeIsFree)
              .orElseGet(() -> m.badgeFor(sha256(key)));
      officer =
          new Officer(BadgeNumber.parse(badge), names[1], names[0], rank, OfficerStatus.ACTIVE);
      officer.importedFrom(m.source(), key);
      if (unit != null) {
        LocalDate from;
        try {
          from = m.date(row.get(accused.column("appointed"))).orElse(received);
        } catch (DateTimeException e) {
          from = received;
        }
        officer.assignTo(unit, from.isAfter(received) ? received : from);
      }
      em.persist(officer);
      em.flush();
      context.officersPersisted++;
    }
    context.officers.put(key, officer.id());
    return officer;
  }

  private boolean badgeIsFree(String badge) {
    return em.createQuery("select count(o) from Officer o where o.badgeNumber = :b", Long.class)
            .setParameter("b", badge)
            .getSingleResult()
        == 0;
  }

  private Optional<Unit> unitByCode(String code) {
    return em.createQuery("select u from Unit u where u.code = :code", Unit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  private Map<String, String> digestsOf(String system, List<SourceExport.Complaint> batch) {
    Set<String> keys = new LinkedHashSet<>();
    batch.forEach(c -> keys.add(c.key()));
    Map<String, String> digests = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select c.source.key, c.source.digest from Complaint c"
                    + " where c.source.system = :system and c.source.key in :keys",
                Object[].class)
            .setParameter("system", system)
            .setParameter("keys", keys)
            .getResultList()) {
      digests.put((String) row[0], (String) row[1]);
    }
    return digests;
  }

  private static String place(ImportMapping m, SourceExport.Row row) {
    StringBuilder place = new StringBuilder();
    for (String column : m.placeColumns()) {
      String v = row.get(column);
      if (!v.isEmpty()) {
        place.append(place.length() == 0 ? "" : " ").append(v);
      }
    }
    String area = m.complaints().column("area");
    if (area != null && !row.get(area).isEmpty()) {
      place.append(place.length() == 0 ? "" : ", ").append(area).append(' ').append(row.get(area));
    }
    return place.length() == 0 ? null : clip(place.toString(), 500);
  }

  private static String narrative(ImportMapping m, SourceExport.Complaint source) {
    StringBuilder text =
        new StringBuilder("Imported from ")
            .append(m.source())
            .append(", complaint ")
            .append(source.key())
            .append('.');
    Set<String> categories = new LinkedHashSet<>();
    for (SourceExport.Row a : source.accused()) {
      String c = a.get(m.accused().column("category"));
      if (!c.isEmpty()) {
        categories.add(c);
      }
    }
    if (!categories.isEmpty()) {
      text.append(" Allegations as recorded: ").append(String.join("; ", categories)).append('.');
    }
    return clip(text.toString(), Complaint.MAX_NARRATIVE);
  }

  private static Integer age(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      double years = Double.parseDouble(text.strip());
      return years >= 0 && years < 130 ? (int) Math.floor(years) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String clip(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.length() > max ? value.substring(0, max) : value;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
