package org.veedor.web.intake;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.veedor.casework.application.ComplaintAmendments;
import org.veedor.intake.application.ComplaintDetails;
import org.veedor.intake.application.ComplaintQueries;
import org.veedor.intake.application.RegisterComplaint;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.NotAllowedException;
import org.veedor.platform.RefusalException;
import org.veedor.web.platform.Messages;

/**
 * The case page's amendments, for intake and the case's own investigator or supervisor: the
 * incident's facts corrected (the form starts from what the case says now), an allegation added or
 * withdrawn before findings. Each needs a reason; the case is triaged again when what the triage
 * reads changed, and the page says so.
 */
@Named
@ViewScoped
public class CaseAmendmentView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FIELD = "case.actions.field.";

  @Inject transient ComplaintAmendments amendments;
  @Inject transient ComplaintQueries queries;

  private String reference;
  private String statusBefore;
  private LocalDate incidentDate;
  private String place;
  private boolean injuryReported;
  private boolean organizedCrimeLink;
  private String officerDescription;
  private String factsReason;
  private String categoryCode;
  private String badgeNumber;
  private String unitCode;
  private String addReason;
  private Long withdrawn;
  private String withdrawReason;

  /** Starts the correction from the case as it is. */
  public void load(ComplaintDetails complaint) {
    if (complaint == null || reference != null) {
      return;
    }
    reference = complaint.referenceNumber();
    statusBefore = complaint.status();
    incidentDate = complaint.incidentDate();
    place = complaint.place();
    injuryReported = complaint.injuryReported();
    organizedCrimeLink = complaint.organizedCrimeLink();
    officerDescription = complaint.officerDescription();
  }

  public String correct() {
    return done(
        () ->
            amendments.correctFacts(
                reference,
                new ComplaintAmendments.FactsCorrection(
                    incidentDate,
                    place == null ? "" : place,
                    null,
                    organizedCrimeLink,
                    injuryReported,
                    officerDescription == null ? "" : officerDescription,
                    blank(factsReason))),
        "case.event.FACTS_CORRECTED");
  }

  public String add() {
    return done(
        () ->
            amendments.addAllegation(
                reference,
                new RegisterComplaint.AllegationInput(
                    blank(categoryCode), blank(badgeNumber), blank(unitCode)),
                blank(addReason)),
        "case.event.ALLEGATION_ADDED");
  }

  public String withdraw() {
    if (withdrawn == null) {
      Messages.error("case.actions.chooseAllegation");
      return null;
    }
    return done(
        () -> amendments.withdrawAllegation(reference, withdrawn, blank(withdrawReason)),
        "case.event.ALLEGATION_WITHDRAWN");
  }

  private interface Amendment {
    java.util.Optional<ComplaintDetails> apply();
  }

  private String done(Amendment amendment, String what) {
    ComplaintDetails after;
    try {
      after = amendment.apply().orElse(null);
    } catch (InvalidInputException e) {
      Messages.error(e, FIELD);
      return null;
    } catch (NotAllowedException | ConflictException e) {
      Messages.error((RefusalException) e);
      return null;
    } catch (EJBAccessException e) {
      Messages.error("case.actions.onlyCaseStaffAmend");
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Messages.info("case.actions.recorded", Messages.text(what));
    if (after != null && "TRIAGE".equals(after.status()) && !"TRIAGE".equals(statusBefore)) {
      Messages.info("case.actions.retriaged");
    }
    return "/intake/complaint-detail?faces-redirect=true&reference=" + reference;
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Whether allegations may still change: no finding proposed, the case not yet past review. */
  public boolean beforeFindings(ComplaintDetails complaint) {
    return complaint != null
        && List.of("RECEIVED", "REGISTERED", "TRIAGE", "MEDIATION", "INVESTIGATION", "SUSPENDED")
            .contains(complaint.status())
        && complaint.allegations().stream().allMatch(a -> a.proposedDisposition() == null);
  }

  public List<String> getCategories() {
    return queries.categories().stream().filter(c -> c.active()).map(c -> c.code()).toList();
  }

  public LocalDate getIncidentDate() {
    return incidentDate;
  }

  public void setIncidentDate(LocalDate incidentDate) {
    this.incidentDate = incidentDate;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public boolean isInjuryReported() {
    return injuryReported;
  }

  public void setInjuryReported(boolean injuryReported) {
    this.injuryReported = injuryReported;
  }

  public boolean isOrganizedCrimeLink() {
    return organizedCrimeLink;
  }

  public void setOrganizedCrimeLink(boolean organizedCrimeLink) {
    this.organizedCrimeLink = organizedCrimeLink;
  }

  public String getOfficerDescription() {
    return officerDescription;
  }

  public void setOfficerDescription(String officerDescription) {
    this.officerDescription = officerDescription;
  }

  public String getFactsReason() {
    return factsReason;
  }

  public void setFactsReason(String factsReason) {
    this.factsReason = factsReason;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public String getBadgeNumber() {
    return badgeNumber;
  }

  public void setBadgeNumber(String badgeNumber) {
    this.badgeNumber = badgeNumber;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getAddReason() {
    return addReason;
  }

  public void setAddReason(String addReason) {
    this.addReason = addReason;
  }

  public Long getWithdrawn() {
    return withdrawn;
  }

  public void setWithdrawn(Long withdrawn) {
    this.withdrawn = withdrawn;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }
}
