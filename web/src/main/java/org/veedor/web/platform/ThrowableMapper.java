package org.veedor.web.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every failure of the API becomes a problem document. */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

  @Context SecurityContext security;

  @Override
  public Response toResponse(Throwable failure) {
    return Problems.of(failure, security != null && security.getUserPrincipal() != null)
        .toResponse();
  }
}
