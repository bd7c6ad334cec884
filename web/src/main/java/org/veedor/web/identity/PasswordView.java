package org.veedor.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.veedor.identity.application.PasswordChange;
import org.veedor.identity.domain.Roles;
import org.veedor.platform.InvalidInputException;
import org.veedor.web.platform.Messages;

/**
 * The password page: the signed-in user replaces their password, knowing the current one. A
 * handed-out password leads here at every page until it is changed; after the change the session
 * ends and the user signs in with the new password.
 */
@Named
@RequestScoped
public class PasswordView {

  @Inject PasswordChange passwords;

  private String currentPassword;
  private String newPassword;
  private String repeated;

  /** Whether the password was handed out and nothing else opens until it is changed. */
  public boolean isRequired() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(Roles.PASSWORD_CHANGE_REQUIRED);
  }

  public String change() throws ServletException {
    if (newPassword == null || !newPassword.equals(repeated)) {
      Messages.error("password.mismatch");
      return null;
    }
    try {
      passwords.change(chars(currentPassword), chars(newPassword));
    } catch (InvalidInputException e) {
      Messages.error("password.invalid", Messages.describe(e, "password.field."));
      return null;
    }
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) context.getRequest()).logout();
    context.invalidateSession();
    return "/login?changed=true&faces-redirect=true";
  }

  private static char[] chars(String text) {
    return text == null ? new char[0] : text.toCharArray();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
