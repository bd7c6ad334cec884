package org.veedor.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.veedor.identity.application.AccountStamps;

/**
 * Ends a page session whose account changed since its sign-in: disabled, other roles or unit, a new
 * password handed out. The server keeps a form sign-in's identity in the session and does not ask
 * the realm again, so without this a disabled user would keep working until the session expired.
 * The user lands on the sign-in page, which says why.
 */
@WebFilter("*.xhtml")
public class SessionStamps extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String KEY = "org.veedor.accountStamp";

  @Inject AccountStamps stamps;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (request.getUserPrincipal() != null && session != null) {
      Optional<String> stamp = stamps.stampOf(request.getUserPrincipal().getName());
      if (stamp.isPresent()) {
        Object signedIn = session.getAttribute(KEY);
        if (signedIn == null) {
          session.setAttribute(KEY, stamp.get());
        } else if (!signedIn.equals(stamp.get())) {
          request.logout();
          session.invalidate();
          response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }
}
