package org.veedor.web.intake;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import org.veedor.casework.application.PublicFollowing;
import org.veedor.intake.application.IntakeSettings;
import org.veedor.intake.domain.Receipt;
import org.veedor.web.platform.Messages;
import org.veedor.web.platform.RateLimits;

/**
 * The follow page: with the reference and the passphrase of the receipt, the milestones, the
 * messages of the case's staff, the outcome; and a way to add information.
 */
@Named
@ViewScoped
public class PublicFollowView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PublicFollowing followUp;
  @Inject transient RateLimits limits;
  @Inject transient IntakeSettings settings;

  private String reference;
  private String passphrase;
  private String information;
  private String reviewReason;
  private PublicFollowing.FollowView view;

  public void follow() {
    if (limited()) {
      return;
    }
    show(followUp.follow(reference, passphrase));
  }

  public void addInformation() {
    if (limited() || information == null || information.isBlank()) {
      return;
    }
    show(followUp.addInformation(reference, passphrase, information));
    if (view != null) {
      information = null;
      Messages.info("public.follow.added");
    }
  }

  /** The complainant asks the board to review findings not sustained, saying why. */
  public void requestBoardReview() {
    if (limited()) {
      return;
    }
    if (reviewReason == null || reviewReason.isBlank()) {
      Messages.error("public.follow.boardReviewWhy");
      return;
    }
    try {
      show(followUp.requestBoardReview(reference, passphrase, reviewReason.strip()));
    } catch (org.veedor.platform.ConflictException e) {
      Messages.error(e);
      return;
    }
    if (view != null) {
      reviewReason = null;
      Messages.info("public.follow.boardReviewAsked");
    }
  }

  public String getReviewReason() {
    return reviewReason;
  }

  public void setReviewReason(String reviewReason) {
    this.reviewReason = reviewReason;
  }

  private void show(PublicFollowing.Attempt attempt) {
    view = attempt.view();
    if (attempt.result() == Receipt.Check.LOCKED) {
      Messages.error("public.follow.locked");
    } else if (view == null) {
      Messages.error("public.follow.notFound");
    }
  }

  private boolean limited() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    boolean limited =
        !limits
            .take(
                "follow",
                request.getRemoteAddr(),
                settings.publicLookupsPerTenMinutes(),
                Duration.ofMinutes(10))
            .isZero();
    if (limited) {
      view = null;
      Messages.error("public.tooMany");
    }
    return limited;
  }

  public PublicFollowing.FollowView getView() {
    return view;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getPassphrase() {
    return passphrase;
  }

  public void setPassphrase(String passphrase) {
    this.passphrase = passphrase;
  }

  public String getInformation() {
    return information;
  }

  public void setInformation(String information) {
    this.information = information;
  }
}
