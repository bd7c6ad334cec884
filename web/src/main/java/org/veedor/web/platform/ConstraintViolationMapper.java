package org.veedor.web.platform;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures, field by field. Separate from {@link ThrowableMapper} because the
 * JAX-RS runtime brings its own mapper for validation exceptions, and the more specific one wins.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException violations) {
    return Problems.of(violations, true, ThrowableMapper.locale(headers), null).toResponse();
  }
}
