package org.veedor.web.identity;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.veedor.identity.domain.Roles;

/**
 * Pages for an account whose password was handed out lead to the password page until it is changed
 * (the API answers such an account with a problem document saying the same). A page its missing
 * roles refuse (the error page in its place) leads there too: the first sign-in lands on whatever
 * page the user asked for.
 */
@WebFilter(
    urlPatterns = "*.xhtml",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class PasswordChangeGate extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String PASSWORD_PAGE = "/account/password.xhtml";
  private static final Set<String> OPEN =
      Set.of(PASSWORD_PAGE, "/login.xhtml", "/error.xhtml", "/not-found.xhtml");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean refusedPage = request.getDispatcherType() == DispatcherType.ERROR;
    if (request.isUserInRole(Roles.PASSWORD_CHANGE_REQUIRED)
        && (refusedPage || !OPEN.contains(request.getServletPath()))) {
      response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
