package org.veedor.web.intake;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veedor.intake.application.ComplaintIntake;
import org.veedor.intake.application.ComplaintQueries;
import org.veedor.intake.application.PublicReceipt;
import org.veedor.intake.application.RegisterComplaint;
import org.veedor.intake.domain.Channel;
import org.veedor.officers.application.OfficerRegistry;
import org.veedor.officers.application.TerritoryView;
import org.veedor.platform.InvalidInputException;
import org.veedor.web.platform.Messages;

/**
 * Intake registers a complaint taken at the desk, by phone or by mail, and hands the complainant a
 * printable receipt in the complainant's own language: the reference and the passphrase that open
 * the follow page, shown this once.
 */
@Named
@ViewScoped
public class ComplaintRegistrationView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many allegations the form takes at once; more are added from the case later. */
  static final int ROWS = 3;

  @Inject transient ComplaintIntake intake;
  @Inject transient ComplaintQueries queries;
  @Inject transient OfficerRegistry registry;

  private String channel = Channel.PHONE.name();
  private String language = "es";
  private boolean anonymous;
  private String name;
  private String email;
  private String phone;
  private LocalDate incidentDate;
  private String place;
  private String territoryCode;
  private String narrative;
  private boolean injuryReported;
  private boolean organizedCrimeLink;
  private String officerDescription;
  private final List<Row> allegations = new ArrayList<>();
  private PublicReceipt receipt;
  private java.time.Instant registeredAt;

  /** One allegation of the form: a category, and the officer's badge or the unit if known. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String categoryCode;
    private String badgeNumber;
    private String unitCode;

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

    boolean isFilled() {
      return categoryCode != null && !categoryCode.isBlank();
    }
  }

  public ComplaintRegistrationView() {
    for (int i = 0; i < ROWS; i++) {
      allegations.add(new Row());
    }
  }

  public void register() {
    List<RegisterComplaint.AllegationInput> alleged =
        allegations.stream()
            .filter(Row::isFilled)
            .map(
                r ->
                    new RegisterComplaint.AllegationInput(
                        r.categoryCode, blankToNull(r.badgeNumber), blankToNull(r.unitCode)))
            .toList();
    if (alleged.isEmpty()) {
      Messages.error("intake.register.allegationRequired");
      return;
    }
    try {
      receipt =
          intake.registerWithReceipt(
              new RegisterComplaint(
                  Channel.valueOf(channel),
                  incidentDate,
                  blankToNull(place),
                  blankToNull(territoryCode),
                  narrative,
                  new RegisterComplaint.ComplainantDetails(
                      anonymous,
                      anonymous ? null : blankToNull(name),
                      anonymous ? null : blankToNull(email),
                      anonymous ? null : blankToNull(phone)),
                  organizedCrimeLink,
                  injuryReported,
                  alleged),
              blankToNull(officerDescription),
              language);
      registeredAt = java.time.Instant.now();
    } catch (InvalidInputException e) {
      e.errors()
          .forEach(
              f ->
                  Messages.error(
                      "intake.register.invalid",
                      Messages.text(
                          "intake.register.field."
                              + f.field()
                                  .replaceAll("\\[\\d+\\]", "")
                                  .replaceAll("^allegations\\.", "")),
                      Messages.text(f)));
    } catch (EJBException e) {
      if (e.getCause() instanceof ConstraintViolationException violations) {
        violations
            .getConstraintViolations()
            .forEach(
                v ->
                    Messages.error(
                        "intake.register.invalid",
                        Messages.text(
                            "intake.register.field."
                                + v.getPropertyPath().toString().replaceAll(".*\\.", "")),
                        v.getMessage()));
      } else {
        throw e;
      }
    }
  }

  /** A text of the receipt in the complainant's language, whatever the page's language. */
  public String receiptText(String key) {
    return Messages.text(Locale.forLanguageTag(language), key);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public List<String> getChannels() {
    return List.of(Channel.WALK_IN.name(), Channel.PHONE.name(), Channel.MAIL.name());
  }

  public List<String> getLanguages() {
    return List.of("es", "en", "pt");
  }

  public List<String> getCategories() {
    return queries.categories().stream().filter(c -> c.active()).map(c -> c.code()).toList();
  }

  public List<TerritoryView> getTerritories() {
    return registry.territories();
  }

  public List<Row> getAllegations() {
    return allegations;
  }

  public PublicReceipt getReceipt() {
    return receipt;
  }

  public java.time.Instant getRegisteredAt() {
    return registeredAt;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
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

  public String getTerritoryCode() {
    return territoryCode;
  }

  public void setTerritoryCode(String territoryCode) {
    this.territoryCode = territoryCode;
  }

  public String getNarrative() {
    return narrative;
  }

  public void setNarrative(String narrative) {
    this.narrative = narrative;
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
}
