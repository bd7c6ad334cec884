package org.veedor.web.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.veedor.identity.domain.Roles;

/**
 * An account whose password was handed out (a new account, a reset, the first administrator) may
 * call one thing, {@code PUT account/password}: every other call answers 403 with a problem
 * document that says so, whatever roles the call would need.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PasswordChangeFilter implements ContainerRequestFilter {

  static final String PASSWORD_PATH = "account/password";

  @Context HttpHeaders headers;

  @Override
  public void filter(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    if (security == null
        || security.getUserPrincipal() == null
        || !security.isUserInRole(Roles.PASSWORD_CHANGE_REQUIRED)) {
      return;
    }
    String path = request.getUriInfo().getPath();
    String bare = path.startsWith("/") ? path.substring(1) : path;
    if (bare.equals(PASSWORD_PATH) && "PUT".equals(request.getMethod())) {
      return;
    }
    request.abortWith(
        Problems.passwordChangeRequired(ThrowableMapper.locale(headers)).toResponse());
  }
}
