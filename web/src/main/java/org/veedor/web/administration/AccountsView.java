package org.veedor.web.administration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.veedor.administration.application.AccountAdministration;
import org.veedor.administration.application.AccountChange;
import org.veedor.administration.application.AccountView;
import org.veedor.administration.application.HandedOutPassword;
import org.veedor.identity.domain.Roles;
import org.veedor.officers.application.OfficerRegistry;
import org.veedor.officers.application.UnitView;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.RefusalException;
import org.veedor.web.platform.Messages;

/**
 * The accounts page (admin/accounts.xhtml): every account with its roles and unit; a form that
 * creates one, or changes the one chosen; a new password handed out. A handed-out password is shown
 * once, on this page, and never again.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountAdministration accounts;
  @Inject transient OfficerRegistry registry;

  private List<AccountView> list = List.of();
  private List<UnitView> units = List.of();

  /** The account being changed; null while the form creates one. */
  private String editing;

  private String username;
  private String displayName;
  private String email;
  private String unitCode;
  private List<String> roles = new ArrayList<>();
  private boolean enabled = true;

  /** The last password handed out, with its account, shown once. */
  private String handedOutTo;

  private String handedOutPassword;

  @PostConstruct
  void load() {
    list = accounts.accounts();
    units = registry.units().stream().filter(u -> u.closedOn() == null).toList();
  }

  public void edit(String name) {
    accounts
        .account(name)
        .ifPresent(
            a -> {
              editing = a.username();
              username = a.username();
              displayName = a.displayName();
              email = a.email();
              unitCode = a.unitCode();
              roles = new ArrayList<>(a.roles());
              enabled = a.enabled();
            });
    forgetPassword();
  }

  public void startNew() {
    editing = null;
    username = null;
    displayName = null;
    email = null;
    unitCode = null;
    roles = new ArrayList<>();
    enabled = true;
    forgetPassword();
  }

  public void save() {
    forgetPassword();
    try {
      if (editing == null) {
        HandedOutPassword created =
            accounts.create(
                username,
                new AccountChange(displayName, email, unitCode, new LinkedHashSet<>(roles), null));
        show(created);
        Messages.info("accounts.created", created.account().username());
      } else {
        AccountView current = accounts.account(editing).orElseThrow();
        boolean permissionsChanged =
            !current.roles().equals(new java.util.TreeSet<>(roles))
                || !java.util.Objects.equals(current.unitCode(), blankToNull(unitCode))
                || current.enabled() != enabled;
        accounts.change(
            editing,
            new AccountChange(
                displayName,
                email == null ? "" : email,
                permissionsChanged ? (unitCode == null ? "" : unitCode) : null,
                permissionsChanged ? new LinkedHashSet<>(roles) : null,
                permissionsChanged ? enabled : null));
        Messages.info("accounts.saved", editing);
      }
      list = accounts.accounts();
    } catch (InvalidInputException e) {
      Messages.error("accounts.invalid", Messages.describe(e, "accounts.field."));
    } catch (RefusalException e) {
      Messages.error(e);
    }
  }

  public void resetPassword() {
    forgetPassword();
    try {
      show(accounts.resetPassword(editing));
      list = accounts.accounts();
    } catch (RefusalException e) {
      Messages.error(e);
    }
  }

  private void show(HandedOutPassword handedOut) {
    handedOutTo = handedOut.account().username();
    handedOutPassword = handedOut.oneTimePassword();
  }

  private void forgetPassword() {
    handedOutTo = null;
    handedOutPassword = null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public List<String> getAllRoles() {
    return Roles.ALL;
  }

  public List<AccountView> getList() {
    return list;
  }

  public List<UnitView> getUnits() {
    return units;
  }

  public String getEditing() {
    return editing;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getHandedOutTo() {
    return handedOutTo;
  }

  public String getHandedOutPassword() {
    return handedOutPassword;
  }
}
