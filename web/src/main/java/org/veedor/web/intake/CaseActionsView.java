package org.veedor.web.intake;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.veedor.casework.application.CaseEvent;
import org.veedor.casework.application.CaseWork;
import org.veedor.intake.application.ComplaintMessages;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.NotAllowedException;
import org.veedor.web.platform.Messages;

/**
 * What staff do on a case's page besides its tasks: record an event the lifecycle waits for (an
 * appeal, a withdrawal, new evidence, a criminal case, a board review, a reopening), the ones the
 * reader's roles record at the case's stage; and the messages with the complainant (named or
 * anonymous, who reads them on the follow page).
 */
@Named
@ViewScoped
public class CaseActionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CaseWork tasks;
  @Inject transient ComplaintMessages messages;
  @Inject transient org.veedor.casework.application.ComplaintAmendments amendments;
  @Inject transient org.veedor.casework.application.RelatedCases relatedCases;

  private String reference;
  private List<CaseEvent> events = List.of();
  private String event;
  private String reason;
  private String officer;
  private boolean readsMessages;
  private List<ComplaintMessages.MessageView> conversation = List.of();
  private String message;
  private boolean mayAmend;
  private Long allegation;
  private String badge;
  private String amendReason;
  private List<org.veedor.casework.application.RelatedCases.Related> related = List.of();
  private String otherReference;
  private String linkKind;
  private String linkReason;

  /** Reads what the reader may do on this case. */
  public void load(String reference) {
    this.reference = reference;
    if (reference == null) {
      return;
    }
    events = tasks.eventsAvailable(reference);
    try {
      mayAmend = amendments.mayAmend(reference);
      related = relatedCases.of(reference);
    } catch (NotAllowedException | EJBAccessException e) {
      mayAmend = false;
      related = List.of();
    }
    try {
      conversation = messages.list(reference);
      readsMessages = true;
    } catch (NotAllowedException | EJBAccessException | InvalidInputException e) {
      conversation = List.of();
      readsMessages = false;
    }
  }

  /** Records the chosen event with its reason; refusals come back as messages. */
  public String record() {
    CaseEvent chosen;
    try {
      chosen = CaseEvent.valueOf(event);
    } catch (IllegalArgumentException | NullPointerException e) {
      Messages.error("case.actions.chooseEvent");
      return null;
    }
    try {
      tasks.deliver(reference, chosen, blankToNull(reason), blankToNull(officer));
    } catch (InvalidInputException e) {
      Messages.error(e, "case.actions.field.");
      return null;
    } catch (ConflictException | NotAllowedException e) {
      Messages.error(e);
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Messages.info("case.actions.recorded", Messages.text("case.event." + chosen.name()));
    return "/intake/complaint-detail?faces-redirect=true&reference=" + reference;
  }

  /** Writes to the complainant. */
  public String send() {
    if (message == null || message.isBlank()) {
      Messages.error("case.actions.writeSomething");
      return null;
    }
    try {
      messages.send(reference, message.strip());
    } catch (NotAllowedException | InvalidInputException e) {
      Messages.error(e);
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Messages.info("case.actions.sent");
    return "/intake/complaint-detail?faces-redirect=true&reference=" + reference;
  }

  /** Names the officer of an allegation, identified after registration. */
  public String identifyOfficer() {
    if (allegation == null) {
      Messages.error("case.actions.chooseAllegation");
      return null;
    }
    try {
      amendments.identifyOfficer(
          reference, allegation, blankToNull(badge), blankToNull(amendReason));
    } catch (InvalidInputException e) {
      Messages.error(e, "case.actions.field.");
      return null;
    } catch (NotAllowedException e) {
      Messages.error(e);
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Messages.info("case.actions.recorded", Messages.text("case.event.OFFICER_IDENTIFIED"));
    return "/intake/complaint-detail?faces-redirect=true&reference=" + reference;
  }

  /** Links another complaint to this one, or merges this one into it as a duplicate. */
  public String link() {
    boolean merge = "DUPLICATE_OF".equals(linkKind);
    try {
      if (merge) {
        relatedCases.merge(reference, blankToNull(otherReference), blankToNull(linkReason));
      } else {
        org.veedor.intake.domain.CaseLink.Kind kind =
            linkKind == null ? null : org.veedor.intake.domain.CaseLink.Kind.valueOf(linkKind);
        relatedCases.link(reference, blankToNull(otherReference), kind, blankToNull(linkReason));
      }
    } catch (InvalidInputException e) {
      Messages.error(e, "case.actions.field.");
      return null;
    } catch (NotAllowedException | ConflictException | EJBAccessException e) {
      if (e instanceof org.veedor.platform.RefusalException refusal) {
        Messages.error(refusal);
      } else {
        Messages.error("case.actions.onlySupervisorsMerge");
      }
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Messages.info(
        "case.actions.recorded",
        Messages.text(merge ? "case.event.CASE_MERGED" : "case.event.CASE_LINKED"));
    return "/intake/complaint-detail?faces-redirect=true&reference="
        + (merge ? otherReference.strip() : reference);
  }

  public List<org.veedor.casework.application.RelatedCases.Related> getRelated() {
    return related;
  }

  public List<String> getLinkKinds() {
    return List.of("SAME_INCIDENT", "SAME_PATTERN", "DUPLICATE_OF");
  }

  public String getOtherReference() {
    return otherReference;
  }

  public void setOtherReference(String otherReference) {
    this.otherReference = otherReference;
  }

  public String getLinkKind() {
    return linkKind;
  }

  public void setLinkKind(String linkKind) {
    this.linkKind = linkKind;
  }

  public String getLinkReason() {
    return linkReason;
  }

  public void setLinkReason(String linkReason) {
    this.linkReason = linkReason;
  }

  public boolean isMayAmend() {
    return mayAmend;
  }

  public Long getAllegation() {
    return allegation;
  }

  public void setAllegation(Long allegation) {
    this.allegation = allegation;
  }

  public String getBadge() {
    return badge;
  }

  public void setBadge(String badge) {
    this.badge = badge;
  }

  public String getAmendReason() {
    return amendReason;
  }

  public void setAmendReason(String amendReason) {
    this.amendReason = amendReason;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public List<CaseEvent> getEvents() {
    return events;
  }

  public String getEvent() {
    return event;
  }

  public void setEvent(String event) {
    this.event = event;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getOfficer() {
    return officer;
  }

  public void setOfficer(String officer) {
    this.officer = officer;
  }

  public boolean isReadsMessages() {
    return readsMessages;
  }

  public List<ComplaintMessages.MessageView> getConversation() {
    return conversation;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
