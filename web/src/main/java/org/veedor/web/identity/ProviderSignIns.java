package org.veedor.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.veedor.identity.application.AccountStamps;

/**
 * With sign-in through an identity provider (README, "Signing in with OpenID Connect"), the server
 * hands a person's identity on to Veedor's domain, whose realm makes their account, only when a
 * service is first called. An API call that asks no service (the list of indicators) would leave a
 * first sign-in unrecorded: this filter asks one at once, on every API call signed in through the
 * provider, so the account exists and the sign-in is in the trail from the first call. Pages ask
 * services anyway ({@link SessionStamps}).
 */
@WebFilter("/api/*")
public class ProviderSignIns extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The authentication type of WildFly's OpenID Connect client. */
  static final String OIDC = "OIDC";

  @Inject AccountStamps stamps;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null && OIDC.equals(request.getAuthType())) {
      stamps.stampOf(request.getUserPrincipal().getName());
    }
    chain.doFilter(request, response);
  }
}
