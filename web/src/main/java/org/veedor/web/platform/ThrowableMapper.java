package org.veedor.web.platform;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.veedor.identity.domain.Roles;

/**
 * Every failure of the API becomes a problem document, its {@code detail} in the language the
 * request asks for ({@code Accept-Language}; English otherwise).
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

  @Context SecurityContext security;
  @Context HttpHeaders headers;
  @Context ResourceInfo resource;

  @Override
  public Response toResponse(Throwable failure) {
    Problem problem =
        Problems.of(
            failure,
            security != null && security.getUserPrincipal() != null,
            locale(headers),
            resource == null ? null : resource.getResourceMethod());
    if (problem.getStatus() == 403
        && security != null
        && security.isUserInRole(Roles.PASSWORD_CHANGE_REQUIRED)) {
      problem = Problems.passwordChangeRequired(locale(headers));
    }
    return problem.toResponse();
  }

  /** The request's language among those Veedor speaks, English when it names none of them. */
  static Locale locale(HttpHeaders headers) {
    List<Locale> preferred;
    try {
      preferred = headers == null ? List.of() : headers.getAcceptableLanguages();
    } catch (RuntimeException malformed) {
      // an Accept-Language that cannot be read is no reason to fail the answer
      preferred = List.of();
    }
    return Messages.supported(preferred == null ? List.of() : preferred);
  }
}
