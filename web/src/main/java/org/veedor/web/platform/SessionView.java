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

  /** Ends the session; the next page asks for a login again. */
  public String logout() throws ServletException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) context.getRequest()).logout();
    context.invalidateSession();
    return "/intake/complaint-list?faces-redirect=true";
  }
}
