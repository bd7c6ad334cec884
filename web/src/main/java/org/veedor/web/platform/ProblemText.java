package org.veedor.web.platform;

import org.veedor.platform.MessageKey;

/** What problem documents say of failures the web layer itself recognises, as message keys. */
enum ProblemText implements MessageKey {
  FORBIDDEN("problem.forbidden"),
  PASSWORD_CHANGE_REQUIRED("problem.passwordChangeRequired"),
  UNAUTHORIZED("problem.unauthorized"),
  FIELDS_INVALID("problem.fieldsInvalid"),
  STALE("problem.stale"),
  /** {0}: the largest body accepted, in bytes. */
  BODY_TOO_LARGE("problem.bodyTooLarge"),
  BODY_UNREADABLE("problem.bodyUnreadable"),
  BODY_NOT_JSON("problem.bodyNotJson"),
  NOT_A_VALID_VALUE("problem.notAValidValue"),
  NOT_FOUND("problem.notFound"),
  METHOD_NOT_ALLOWED("problem.methodNotAllowed"),
  NOT_ACCEPTABLE("problem.notAcceptable"),
  UNSUPPORTED_MEDIA_TYPE("problem.unsupportedMediaType"),
  REFUSED("problem.refused"),
  /** {0}: the incident's id, also in the server log. */
  INTERNAL_ERROR("problem.internalError");

  private final String key;

  ProblemText(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
