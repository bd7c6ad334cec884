package org.veedor.search.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.Unit;

/**
 * One document per complaint: its texts analysed for search (the narrative in its own language and
 * in a language-neutral field, the place, the named officers' names), the facets, and the facts the
 * access rules filter on (officers and units named, sealed or not). The complainant is never
 * indexed.
 */
public class ComplaintIndexBinder implements TypeBinder {

  /** The value of {@link CaseFields#CLOSED} for a complaint with a day of closure, and without. */
  public static final String CLOSED_YES = "YES";

  public static final String CLOSED_NO = "NO";

  /** The finding of an allegation not decided yet. */
  public static final String UNDECIDED = "UNDECIDED";

  @Override
  public void bind(TypeBindingContext context) {
    context
        .dependencies()
        .use("referenceNumber")
        .use("narrative")
        .use("narrativeLanguage")
        .use("status")
        .use("channel")
        .use("receivedAt")
        .use("receivedOn")
        .use("closedOn")
        .use("incidentDate")
        .use("place")
        .use("sealed")
        .use("assignedInvestigator")
        .use("assignedSupervisor")
        .use("territory")
        .use("allegations.category")
        .use("allegations.unit")
        .use("allegations.officer")
        .use("allegations.disposition");
    IndexSchemaElement schema = context.indexSchemaElement();
    Fields fields = new Fields();
    fields.reference =
        schema
            .field(
                CaseFields.REFERENCE,
                f -> f.asString().projectable(Projectable.YES).sortable(Sortable.YES))
            .toReference();
    fields.narrative =
        schema
            .field(
                CaseFields.NARRATIVE,
                f -> f.asString().analyzer(Analyzers.NEUTRAL).projectable(Projectable.YES))
            .toReference();
    for (Map.Entry<String, String> language : Analyzers.BY_LANGUAGE.entrySet()) {
      fields.narrativeIn.put(
          language.getKey(),
          schema
              .field(
                  CaseFields.narrativeIn(language.getKey()),
                  f -> f.asString().analyzer(language.getValue()).projectable(Projectable.YES))
              .toReference());
    }
    for (String text : List.of(CaseFields.FILES, CaseFields.IDENTIFYING_FILES, CaseFields.NOTES)) {
      fields.text.put(
          text,
          schema
              .field(
                  text, f -> f.asString().analyzer(Analyzers.NEUTRAL).projectable(Projectable.YES))
              .multiValued()
              .toReference());
      for (Map.Entry<String, String> language : Analyzers.BY_LANGUAGE.entrySet()) {
        fields.text.put(
            CaseFields.in(text, language.getKey()),
            schema
                .field(
                    CaseFields.in(text, language.getKey()),
                    f -> f.asString().analyzer(language.getValue()))
                .multiValued()
                .toReference());
      }
    }
    fields.language =
        schema
            .field(
                CaseFields.LANGUAGE,
                f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
            .toReference();
    fields.place =
        schema
            .field(
                CaseFields.PLACE,
                f -> f.asString().analyzer(Analyzers.NEUTRAL).projectable(Projectable.YES))
            .toReference();
    fields.namesSound =
        schema
            .field(CaseFields.NAMES_SOUND, f -> f.asString().analyzer(Analyzers.SOUNDS))
            .multiValued()
            .toReference();
    fields.officers =
        schema
            .field(
                CaseFields.OFFICERS,
                f -> f.asString().analyzer(Analyzers.NAME).projectable(Projectable.YES))
            .multiValued()
            .toReference();
    fields.badge = keyword(schema, CaseFields.BADGE, false);
    fields.category = keyword(schema, CaseFields.CATEGORY, true);
    fields.categoryGroup = keyword(schema, CaseFields.CATEGORY_GROUP, true);
    fields.status =
        schema
            .field(
                CaseFields.STATUS,
                f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
            .toReference();
    fields.channel =
        schema
            .field(CaseFields.CHANNEL, f -> f.asString().aggregable(Aggregable.YES))
            .toReference();
    fields.territory =
        schema
            .field(
                CaseFields.TERRITORY,
                f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
            .toReference();
    fields.unit = keyword(schema, CaseFields.UNIT, true);
    fields.unitTree = keyword(schema, CaseFields.UNIT_TREE, false);
    fields.year =
        schema.field(CaseFields.YEAR, f -> f.asInteger().aggregable(Aggregable.YES)).toReference();
    fields.receivedAt =
        schema
            .field(
                CaseFields.RECEIVED_AT,
                f -> f.asInstant().sortable(Sortable.YES).projectable(Projectable.YES))
            .toReference();
    fields.receivedOn =
        schema
            .field(CaseFields.RECEIVED_ON, f -> f.asLocalDate().projectable(Projectable.YES))
            .toReference();
    fields.closed =
        schema.field(CaseFields.CLOSED, f -> f.asString().aggregable(Aggregable.YES)).toReference();
    fields.finding = keyword(schema, CaseFields.FINDING, false);
    fields.findingTally =
        schema
            .field(CaseFields.FINDING_TALLY, f -> f.asString().aggregable(Aggregable.YES))
            .multiValued()
            .toReference();
    fields.incidentDate =
        schema.field(CaseFields.INCIDENT_DATE, f -> f.asLocalDate()).toReference();
    fields.officerId =
        schema.field(CaseFields.OFFICER_ID, f -> f.asLong()).multiValued().toReference();
    fields.unitId = schema.field(CaseFields.UNIT_ID, f -> f.asLong()).multiValued().toReference();
    fields.sealed = schema.field(CaseFields.SEALED, f -> f.asBoolean()).toReference();
    fields.workers =
        schema
            .field(CaseFields.WORKERS, f -> f.asString().projectable(Projectable.YES))
            .multiValued()
            .toReference();
    context.bridge(Complaint.class, new Bridge(fields));
  }

  private static IndexFieldReference<String> keyword(
      IndexSchemaElement schema, String name, boolean facet) {
    return schema
        .field(
            name,
            f ->
                f.asString()
                    .aggregable(facet ? Aggregable.YES : Aggregable.NO)
                    .projectable(facet ? Projectable.YES : Projectable.NO))
        .multiValued()
        .toReference();
  }

  private static final class Fields {
    IndexFieldReference<String> reference;
    IndexFieldReference<String> narrative;
    final Map<String, IndexFieldReference<String>> narrativeIn = new HashMap<>();

    /** files, notes and their per-language fields */
    final Map<String, IndexFieldReference<String>> text = new HashMap<>();

    IndexFieldReference<String> language;
    IndexFieldReference<String> place;
    IndexFieldReference<String> officers;
    IndexFieldReference<String> namesSound;
    IndexFieldReference<String> badge;
    IndexFieldReference<String> category;
    IndexFieldReference<String> categoryGroup;
    IndexFieldReference<String> status;
    IndexFieldReference<String> channel;
    IndexFieldReference<String> territory;
    IndexFieldReference<String> unit;
    IndexFieldReference<String> unitTree;
    IndexFieldReference<Integer> year;
    IndexFieldReference<Instant> receivedAt;
    IndexFieldReference<LocalDate> receivedOn;
    IndexFieldReference<String> closed;
    IndexFieldReference<String> finding;
    IndexFieldReference<String> findingTally;
    IndexFieldReference<LocalDate> incidentDate;
    IndexFieldReference<Long> officerId;
    IndexFieldReference<Long> unitId;
    IndexFieldReference<Boolean> sealed;
    IndexFieldReference<String> workers;
  }

  private record Bridge(Fields fields) implements TypeBridge<Complaint> {

    private void text(DocumentElement target, String field, String value, String language) {
      if (value == null || value.isBlank()) {
        return;
      }
      target.addValue(fields.text.get(field), value);
      if (language != null && Analyzers.BY_LANGUAGE.containsKey(language)) {
        target.addValue(fields.text.get(CaseFields.in(field, language)), value);
      }
    }

    /** The words of a text written with a capital, the names it is likely to hold. */
    private static String capitalized(String text) {
      StringBuilder names = new StringBuilder();
      for (String word : text.split("[^\\p{L}'-]+")) {
        if (word.length() > 2 && Character.isUpperCase(word.codePointAt(0))) {
          names.append(word).append(' ');
        }
      }
      return names.toString().strip();
    }

    @Override
    public void write(DocumentElement target, Complaint complaint, TypeBridgeWriteContext context) {
      target.addValue(fields.reference, complaint.referenceNumber().toString());
      target.addValue(fields.narrative, complaint.narrative());
      String language =
          complaint.narrativeLanguage() != null
                  && Analyzers.BY_LANGUAGE.containsKey(complaint.narrativeLanguage())
              ? complaint.narrativeLanguage()
              : Languages.guess(complaint.narrative());
      if (language != null) {
        target.addValue(fields.narrativeIn.get(language), complaint.narrative());
        target.addValue(fields.language, language);
      }
      if (complaint.place() != null) {
        target.addValue(fields.place, complaint.place());
      }
      String names =
          capitalized(complaint.narrative() + " " + Objects.toString(complaint.place(), ""));
      if (!names.isEmpty()) {
        target.addValue(fields.namesSound, names);
      }
      target.addValue(fields.status, complaint.status().name());
      target.addValue(fields.channel, complaint.channel().name());
      if (complaint.territory() != null) {
        target.addValue(fields.territory, complaint.territory().code());
      }
      // periods as the reports cut them: by the calendar day of receipt in the record's zone
      target.addValue(fields.year, complaint.receivedOn().getYear());
      target.addValue(fields.receivedOn, complaint.receivedOn());
      target.addValue(fields.receivedAt, complaint.receivedAt());
      // closed as the reports count it: a day of closure (none once reopened)
      target.addValue(fields.closed, complaint.closedOn() != null ? CLOSED_YES : CLOSED_NO);
      if (complaint.incidentDate() != null) {
        target.addValue(fields.incidentDate, complaint.incidentDate());
      }
      Set<String> categories = new LinkedHashSet<>();
      Set<String> groups = new LinkedHashSet<>();
      Set<String> units = new LinkedHashSet<>();
      Set<String> tree = new LinkedHashSet<>();
      Set<Long> unitIds = new LinkedHashSet<>();
      Set<Long> officerIds = new LinkedHashSet<>();
      Map<String, Integer> findings = new java.util.TreeMap<>();
      for (Allegation allegation : complaint.allegations()) {
        // the final finding, UNDECIDED while none, as the reports' findings group them
        findings.merge(
            allegation.disposition() == null ? UNDECIDED : allegation.disposition().name(),
            1,
            Integer::sum);
        categories.add(allegation.category().code());
        groups.add(allegation.category().group().name());
        Unit unit = allegation.unit();
        if (unit != null) {
          units.add(unit.code());
          unitIds.add(unit.id());
          for (String code : unit.treePath().split("/")) {
            if (!code.isBlank()) {
              tree.add(code);
            }
          }
        }
        Officer officer = allegation.officer();
        if (officer != null && officerIds.add(officer.id())) {
          target.addValue(fields.officers, officer.givenNames() + " " + officer.familyNames());
          target.addValue(fields.namesSound, officer.givenNames() + " " + officer.familyNames());
          target.addValue(fields.badge, officer.badgeNumber().toString());
        }
      }
      categories.forEach(c -> target.addValue(fields.category, c));
      groups.forEach(g -> target.addValue(fields.categoryGroup, g));
      units.forEach(u -> target.addValue(fields.unit, u));
      tree.forEach(u -> target.addValue(fields.unitTree, u));
      unitIds.forEach(u -> target.addValue(fields.unitId, u));
      officerIds.forEach(o -> target.addValue(fields.officerId, o));
      findings.forEach(
          (finding, count) -> {
            target.addValue(fields.finding, finding);
            target.addValue(fields.findingTally, CaseFields.tally(finding, count));
          });
      Session session = context.extension(HibernateOrmExtension.get()).session();
      for (Object[] file :
          session
              .createQuery(
                  "select f.extractedText, f.textLanguage, f.identifiesComplainant from CaseFile f"
                      + " where f.complaintId = :id and f.extractedText is not null order by f.id",
                  Object[].class)
              .setParameter("id", complaint.id())
              .setHibernateFlushMode(FlushMode.MANUAL)
              .list()) {
        String field =
            Boolean.TRUE.equals(file[2]) ? CaseFields.IDENTIFYING_FILES : CaseFields.FILES;
        text(target, field, (String) file[0], (String) file[1]);
      }
      for (String note :
          session
              .createQuery(
                  "select n.body from CaseNote n where n.complaintId = :id and n.versionNo ="
                      + " (select max(m.versionNo) from CaseNote m where m.noteKey = n.noteKey)"
                      + " order by n.id",
                  String.class)
              .setParameter("id", complaint.id())
              .setHibernateFlushMode(FlushMode.MANUAL)
              .list()) {
        text(target, CaseFields.NOTES, note, Languages.guess(note));
      }
      target.addValue(fields.sealed, complaint.isSealed());
      for (String worker :
          new LinkedHashSet<>(
              java.util.Arrays.asList(
                  complaint.assignedInvestigator(), complaint.assignedSupervisor()))) {
        if (worker != null) {
          target.addValue(fields.workers, worker);
        }
      }
    }
  }
}
