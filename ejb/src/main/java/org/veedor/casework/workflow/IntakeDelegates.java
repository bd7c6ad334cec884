package org.veedor.casework.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.AllegationCategory;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.Disposition;
import org.veedor.intake.domain.Seriousness;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.Rank;

/** The intake, triage and closure steps of the lifecycle (service tasks of the model). */
public final class IntakeDelegates {

  private IntakeDelegates() {}

  /**
   * A complaint can be registered once it tells what happened, alleges something, and says whom
   * each allegation is about: an officer, or at least the unit (the mandate is about forces, and
   * nobody can be assigned a complaint against nobody). A public filing that only describes the
   * officer goes to intake to be completed.
   */
  @Named("completenessCheckDelegate")
  @ApplicationScoped
  public static class CompletenessCheck extends CaseDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable(Lifecycle.COMPLETE, isComplete(complaint(execution)));
    }
  }

  /** Whether the complaint holds what registration needs (see {@link CompletenessCheck}). */
  public static boolean isComplete(Complaint complaint) {
    return complaint.narrative() != null
        && !complaint.narrative().isBlank()
        && !complaint.allegations().isEmpty()
        && complaint.allegations().stream().allMatch(a -> a.officer() != null || a.unit() != null);
  }

  /** Registration is acknowledged to the complainant with the reference number. */
  @Named("acknowledgeReceiptDelegate")
  @ApplicationScoped
  public static class AcknowledgeReceipt extends CaseDelegate {

    @jakarta.inject.Inject org.veedor.casework.application.Letters letters;
    @jakarta.inject.Inject org.veedor.platform.mail.Mailer mailer;

    @Override
    public void execute(DelegateExecution execution) {
      Complaint complaint = complaint(execution);
      String email = complaint.complainant().isAnonymous() ? null : complaint.complainant().email();
      if (email != null) {
        mailer.send(
            letters.acknowledgement(
                email, complaint.letterLanguage(), complaint.referenceNumber().toString()));
      }
      record(
          execution,
          AuditEventType.CASE_EVENT,
          "registration acknowledged to the complainant"
              + (email != null ? " (by e-mail)" : "")
              + (complaint.complainant().isAnonymous() ? " (anonymous: through the receipt)" : ""));
    }
  }

  /** The facts the triage table decides on. */
  @Named("triageFactsDelegate")
  @ApplicationScoped
  public static class TriageFacts extends CaseDelegate {

    @jakarta.inject.Inject MandateSettings mandate;

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariables(facts(complaint(execution), em, mandate, clock));
    }

    /** What the triage table reads of a complaint, now. */
    public static Map<String, Object> facts(
        Complaint complaint, EntityManager em, MandateSettings mandate, Clock clock) {
      List<Allegation> allegations = complaint.allegations();
      AllegationCategory gravest =
          allegations.stream()
              .map(Allegation::category)
              .min(Seriousness.MOST_SERIOUS_FIRST)
              .orElseThrow(() -> new IllegalStateException("a complaint without allegations"));
      List<Officer> named =
          allegations.stream().map(Allegation::officer).filter(o -> o != null).distinct().toList();
      boolean senior = named.stream().anyMatch(o -> o.rank().compareTo(Rank.LIEUTENANT) >= 0);
      boolean serious = allegations.stream().anyMatch(a -> a.category().isSerious());
      Map<String, Object> facts = new HashMap<>();
      facts.put("withinMandate", mandate.mandate().covers(complaint));
      facts.put("organizedCrimeLink", complaint.hasOrganizedCrimeLink());
      facts.put("mostSeriousCategory", gravest.code());
      facts.put("categoryGroup", gravest.group().name());
      facts.put("serious", serious);
      facts.put(Lifecycle.SERIOUS_ALLEGATIONS, serious);
      facts.put("injury", complaint.isInjuryReported());
      facts.put("seniorOfficer", senior);
      facts.put("priorSustained", priorSustained(em, complaint, named, LocalDate.now(clock)));
      return facts;
    }
  }

  /** Sustained allegations against these officers in the five years before, other complaints. */
  public static int priorSustained(
      EntityManager em, Complaint complaint, List<Officer> officers, LocalDate today) {
    if (officers.isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "select count(a) from Allegation a where a.officer in :officers"
                + " and a.disposition = :sustained and a.disposedOn >= :since"
                + " and a.complaint <> :complaint",
            Long.class)
        .setParameter("officers", officers)
        .setParameter("sustained", Disposition.SUSTAINED)
        .setParameter("since", today.minusYears(5))
        .setParameter("complaint", complaint)
        .getSingleResult()
        .intValue();
  }

  /** A death at the hands of the police: the prosecutor's. */
  @Named("referToProsecutorDelegate")
  @ApplicationScoped
  public static class ReferToProsecutor extends CaseDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      record(execution, "referred to the prosecutor");
    }
  }

  /** Outside the mandate: declined, and the complainant told where to go. */
  @Named("declineJurisdictionDelegate")
  @ApplicationScoped
  public static class DeclineJurisdiction extends CaseDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      record(execution, "declined: outside the mandate");
    }
  }

  /** Closure: the complainant is told the outcome; the retention schedule starts. */
  @Named("closeComplaintDelegate")
  @ApplicationScoped
  public static class CloseComplaint extends CaseDelegate {

    @jakarta.inject.Inject org.veedor.casework.application.Letters letters;
    @jakarta.inject.Inject org.veedor.platform.mail.Mailer mailer;

    @Override
    public void execute(DelegateExecution execution) {
      Complaint complaint = complaint(execution);
      complaint.close(clock.instant());
      String email = complaint.complainant().isAnonymous() ? null : complaint.complainant().email();
      if (email != null) {
        String language = complaint.letterLanguage();
        String findings =
            complaint.allegations().stream()
                .sorted(Comparator.comparing(Allegation::id))
                .map(
                    a ->
                        "- "
                            + letters.word(language, "category." + a.category().code())
                            + ": "
                            + letters.word(
                                language,
                                a.disposition() == null ? "NONE" : a.disposition().name()))
                .collect(java.util.stream.Collectors.joining("\n"));
        mailer.send(
            letters.outcome(email, language, complaint.referenceNumber().toString(), findings));
      }
      String outcome =
          complaint.allegations().stream()
              .sorted(Comparator.comparing(Allegation::id))
              .map(
                  a ->
                      a.category().code()
                          + ": "
                          + (a.disposition() == null ? "no finding" : a.disposition()))
              .reduce((a, b) -> a + ", " + b)
              .orElse("");
      record(
          execution,
          AuditEventType.CASE_STATUS_CHANGED,
          "closed; outcome told to the complainant: " + outcome);
    }
  }

  /** A closed complaint opens again (the oversight board's decision). */
  @Named("reopenComplaintDelegate")
  @ApplicationScoped
  public static class ReopenComplaint extends CaseDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable(Lifecycle.WITHDRAWN, false);
      Object reason = execution.getVariable(Lifecycle.REASON);
      record(execution, "reopened" + (reason == null ? "" : ": " + reason));
    }
  }
}
