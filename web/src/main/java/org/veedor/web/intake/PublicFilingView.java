package org.veedor.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.veedor.intake.application.ComplaintIntake;
import org.veedor.intake.application.ComplaintQueries;
import org.veedor.intake.application.IntakeSettings;
import org.veedor.intake.application.PublicComplaint;
import org.veedor.intake.application.PublicReceipt;
import org.veedor.platform.InvalidInputException;
import org.veedor.web.platform.FormTokens;
import org.veedor.web.platform.Messages;
import org.veedor.web.platform.RateLimits;

/**
 * The public complaint form (no account): named or anonymous, the officer's badge or description if
 * known, when, where, what happened; then the receipt, shown once. The same abuse protection as the
 * API: a honeypot field, a least fill time, a limit per address.
 */
@Named
@ViewScoped
public class PublicFilingView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ComplaintIntake intake;
  @Inject transient ComplaintQueries queries;
  @Inject transient RateLimits limits;
  @Inject transient IntakeSettings settings;

  private Instant shownAt;
  private boolean anonymous = true;
  private String name;
  private String email;
  private String phone;
  private LocalDate incidentDate;
  private String place;
  private String categoryCode;
  private String badgeNumber;
  private String officerDescription;
  private String narrative;
  private String website;
  private PublicReceipt receipt;

  @PostConstruct
  void init() {
    shownAt = Instant.now();
  }

  public List<String> getCategories() {
    return queries.categories().stream().filter(c -> c.active()).map(c -> c.code()).toList();
  }

  public void file() {
    if (website != null && !website.isBlank()) {
      Messages.error("public.file.refused");
      return;
    }
    if (Duration.between(shownAt, Instant.now()).compareTo(FormTokens.LEAST_FILL_TIME) < 0) {
      Messages.error("public.file.tooQuick");
      return;
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    if (!limits
        .take("file", request.getRemoteAddr(), settings.publicFilingsPerHour(), Duration.ofHours(1))
        .isZero()) {
      Messages.error("public.tooMany");
      return;
    }
    try {
      receipt =
          intake.fileFromPublic(
              new PublicComplaint(
                  anonymous,
                  anonymous ? null : name,
                  anonymous ? null : email,
                  anonymous ? null : phone,
                  incidentDate,
                  place,
                  null,
                  categoryCode,
                  badgeNumber,
                  officerDescription,
                  narrative,
                  FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()));
    } catch (InvalidInputException e) {
      e.errors().forEach(f -> Messages.error("public.file.invalid", f.field(), Messages.text(f)));
    } catch (EJBException e) {
      if (e.getCause() instanceof ConstraintViolationException violations) {
        violations
            .getConstraintViolations()
            .forEach(
                v ->
                    Messages.error(
                        "public.file.invalid", v.getPropertyPath().toString(), v.getMessage()));
      } else {
        throw e;
      }
    }
  }

  public PublicReceipt getReceipt() {
    return receipt;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
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

  public String getOfficerDescription() {
    return officerDescription;
  }

  public void setOfficerDescription(String officerDescription) {
    this.officerDescription = officerDescription;
  }

  public String getNarrative() {
    return narrative;
  }

  public void setNarrative(String narrative) {
    this.narrative = narrative;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
