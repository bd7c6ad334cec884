package org.veedor.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.NotAllowedException;

/**
 * Turns whatever went wrong into a problem document. Expected failures (bad input, conflicts,
 * unknown paths) say what to fix; an unexpected one says only that it happened, with an incident id
 * that is also in the server log beside the stack trace.
 */
final class Problems {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());
  private static final Pattern JSON_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
  private static final Pattern ENUM_CONSTANT =
      Pattern.compile("No enum constant ([\\w.$]+)\\.(\\w+)");

  private Problems() {}

  static Problem of(Throwable failure) {
    return of(failure, true);
  }

  /**
   * @param authenticated whether the caller sent valid credentials: a refusal is then 403, and
   *     otherwise 401 with a challenge
   */
  static Problem of(Throwable failure, boolean authenticated) {
    Throwable t = unwrap(failure);
    if (t instanceof EJBAccessException
        || t instanceof jakarta.ws.rs.ForbiddenException
        || t instanceof jakarta.ws.rs.NotAuthorizedException) {
      return authenticated
          ? new Problem(403, "Forbidden", "Your role does not allow this.")
          : new Problem(
                  401, "Unauthorized", "Sign in: send your user name and password (HTTP Basic).")
              .withChallenge("Basic realm=\"Veedor\", charset=\"UTF-8\"");
    }
    if (t instanceof ProblemException written) {
      return written.problem();
    }
    if (t instanceof NotAllowedException notAllowed) {
      return new Problem(403, "Forbidden", notAllowed.getMessage());
    }
    if (t instanceof ConstraintViolationException violations) {
      return constraintViolations(violations);
    }
    if (t instanceof InvalidInputException invalid) {
      return Problem.invalidInput(
          "The request names things that do not exist or breaks a rule; see invalid-params.",
          invalid.errors().stream()
              .map(e -> new Problem.InvalidParam(e.field(), e.reason()))
              .toList());
    }
    if (t instanceof ConflictException
        || t instanceof OptimisticLockException
        || t.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
      return new Problem(
          409,
          "Conflict",
          t instanceof ConflictException
              ? t.getMessage()
              : "The record was changed by someone else meanwhile; read it again and retry.");
    }
    if (t instanceof org.veedor.casefile.infrastructure.FileStore.TooLargeException large) {
      return new Problem(413, "Content too large", "Refused: " + large.getMessage() + ".");
    }
    if (t instanceof org.veedor.casefile.application.UnsupportedFileException unsupported) {
      return new Problem(
          415,
          "Unsupported file type",
          "Refused: the file's bytes are "
              + unsupported.mediaType()
              + "; evidence is accepted as PDF, DOCX, ODT, RTF, plain text, e-mail (EML) or an image.");
    }
    if (t instanceof org.veedor.casefile.application.IntegrityException integrity) {
      return new Problem(409, "Integrity check failed", integrity.getMessage());
    }
    BodyLimitFilter.TooLarge tooLarge = find(t, BodyLimitFilter.TooLarge.class);
    if (tooLarge != null) {
      return BodyLimitFilter.tooLarge(tooLarge.limit);
    }
    if (t instanceof ProcessingException || t instanceof JsonbException) {
      return unreadableBody(t);
    }
    if (t instanceof WebApplicationException web) {
      Response response = web.getResponse();
      int status = response == null ? 500 : response.getStatus();
      if (status < 500) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Request refused" : type.getReasonPhrase();
        return new Problem(status, title, detailFor(status));
      }
    }
    if (t instanceof IllegalArgumentException) {
      return Problem.invalidInput(t.getMessage(), List.of());
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident + ": unexpected failure", failure);
    return new Problem(
        500,
        "Internal error",
        "Something went wrong on our side and nothing was changed. Incident " + incident + ".");
  }

  private static String detailFor(int status) {
    return switch (status) {
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept this method.";
      case 406 -> "This resource cannot answer in the media type asked for.";
      case 415 -> "This resource does not accept a body of this media type; send application/json.";
      default -> "The request was refused.";
    };
  }

  private static Problem constraintViolations(ConstraintViolationException violations) {
    List<Problem.InvalidParam> params =
        violations.getConstraintViolations().stream()
            .map(v -> new Problem.InvalidParam(name(v), v.getMessage()))
            .distinct()
            .sorted(Comparator.comparing(Problem.InvalidParam::name))
            .toList();
    return Problem.invalidInput("Some fields are missing or invalid; see invalid-params.", params);
  }

  /** A violation's path as the client wrote the JSON: {@code allegations[0].categoryCode}. */
  static String name(ConstraintViolation<?> violation) {
    StringBuilder name = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER, PARAMETER -> {}
        default -> {
          if (node.isInIterable() && node.getIndex() != null) {
            name.append('[').append(node.getIndex()).append(']');
          }
          if (node.getName() != null && !node.getName().startsWith("<")) {
            if (name.length() > 0) {
              name.append('.');
            }
            name.append(node.getName());
          }
        }
      }
    }
    // a violation on the parameter itself (a missing body) has no property to name
    return name.length() > 0 ? name.toString() : "body";
  }

  private static Problem unreadableBody(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      Matcher constant = c.getMessage() == null ? null : ENUM_CONSTANT.matcher(c.getMessage());
      if (constant != null && constant.find()) {
        Problem.InvalidParam param = enumParam(constant.group(1));
        if (param != null) {
          return Problem.invalidInput(
              "The body could not be read as this resource expects.", List.of(param));
        }
      }
      Matcher property = c.getMessage() == null ? null : JSON_PROPERTY.matcher(c.getMessage());
      if (property != null && property.find()) {
        return Problem.invalidInput(
            "The body could not be read as this resource expects.",
            List.of(
                new Problem.InvalidParam(
                    property.group(1), "not a valid value of the expected type")));
      }
    }
    return new Problem(
        400, "Bad request", "The body is not well-formed JSON of the expected shape.");
  }

  /**
   * An unknown value of one of our enumerations: named after its type (a {@code Channel} is the
   * field {@code channel}), with the values that are accepted.
   */
  private static Problem.InvalidParam enumParam(String typeName) {
    if (!typeName.startsWith("org.veedor.")) {
      return null;
    }
    try {
      Class<?> type =
          Class.forName(typeName, false, Thread.currentThread().getContextClassLoader());
      String simple = type.getSimpleName();
      String field = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
      return new Problem.InvalidParam(
          field, "not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while (current instanceof EJBException && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }
}
