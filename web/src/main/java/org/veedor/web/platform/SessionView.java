package org.veedor.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Who is signed in, and signing out. */
@Named
@RequestScoped
public class SessionView {

  public String getUsername() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }

  public boolean isSignedIn() {
    return getUsername() != null;
  }

  /**
   * The first page of the signed-in user: the complaints for those who read cases, the dashboard
   * for police leadership, the registry imports for administrators.
   */
  public String getHome() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    for (String role :
        new String[] {
          "INTAKE",
          "INVESTIGATOR",
          "SUPERVISOR",
          "DISCIPLINARY_AUTHORITY",
          "APPEALS_BODY",
          "OVERSIGHT_BOARD",
          "AUDITOR"
        }) {
      if (context.isUserInRole(role)) {
        return "/intake/complaint-list";
      }
    }
    if (context.isUserInRole("LEADERSHIP")) {
      return "/reports/dashboard";
    }
    if (context.isUserInRole("ADMIN")) {
      return "/admin/imports";
    }
    return "/public/transparency";
  }

  /** Sends the user to their first page. */
  public String goHome() {
    return getHome() + "?faces-redirect=true";
  }

  /** Ends the session; the next page asks for a login again. */
  public String logout() throws ServletException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) context.getRequest()).logout();
    context.invalidateSession();
    return "/intake/complaint-list?faces-redirect=true";
  }
}
