package org.veedor.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veedor.casefile.application.IntegrityException;
import org.veedor.casefile.application.UnsupportedFileException;
import org.veedor.casefile.domain.FileTooLargeException;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.NoSuchObjectException;
import org.veedor.platform.NotAllowedException;
import org.veedor.platform.RefusalException;
import org.veedor.platform.StaleUpdates;

/**
 * Turns whatever went wrong into a problem document, by the failure's type. A refusal (a {@link
 * RefusalException} of the application, or a failure the web layer recognises) says what to fix in
 * the reader's language; anything else is a bug: a 500 that says only that it happened, with an
 * incident id that is also in the server log beside the stack trace.
 */
final class Problems {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());
  private static final Pattern JSON_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
  private static final Pattern ENUM_CONSTANT =
      Pattern.compile("No enum constant ([\\w.$]+)\\.(\\w+)");

  /** How deep a cause chain is followed; only one that loops is longer. */
  private static final int MAX_CAUSES = 64;

  private Problems() {}

  /**
   * What an account is told while its handed-out password waits to be changed: every call but the
   * change is refused, and this says why and what to do.
   */
  static Problem passwordChangeRequired(Locale language) {
    return new Problem(
            403,
            "Password change required",
            text(
                language == null ? Locale.ENGLISH : language, ProblemText.PASSWORD_CHANGE_REQUIRED))
        .withType("urn:veedor:problem:password-change-required");
  }

  static Problem of(Throwable failure) {
    return of(failure, true, Locale.ENGLISH, null);
  }

  /**
   * @param authenticated whether the caller sent valid credentials: a refusal is then 403, and
   *     otherwise 401 with a challenge
   * @param language the language of the {@code detail}; English when {@code null}
   * @param resourceMethod the resource method the request was for, whose body types name the
   *     enumerations an unreadable body may have missed; {@code null} when unknown
   */
  static Problem of(
      Throwable failure, boolean authenticated, Locale language, Method resourceMethod) {
    Locale locale = language == null ? Locale.ENGLISH : language;
    Throwable t = unwrap(failure);
    if (t instanceof EJBAccessException
        || t instanceof jakarta.ws.rs.ForbiddenException
        || t instanceof jakarta.ws.rs.NotAuthorizedException) {
      return authenticated
          ? new Problem(403, "Forbidden", text(locale, ProblemText.FORBIDDEN))
          : new Problem(401, "Unauthorized", text(locale, ProblemText.UNAUTHORIZED))
              .withChallenge("Basic realm=\"Veedor\", charset=\"UTF-8\"");
    }
    if (t instanceof ProblemException written) {
      return written.problem();
    }
    if (t instanceof ConstraintViolationException violations) {
      return constraintViolations(violations, locale);
    }
    if (t instanceof RefusalException refusal) {
      return refusal(refusal, locale);
    }
    if (StaleUpdates.causedBy(failure)) {
      return new Problem(409, "Conflict", text(locale, ProblemText.STALE));
    }
    BodyLimitFilter.TooLarge tooLarge = find(t, BodyLimitFilter.TooLarge.class);
    if (tooLarge != null) {
      return new Problem(
          413, "Content too large", text(locale, ProblemText.BODY_TOO_LARGE, tooLarge.limit));
    }
    if (t instanceof ProcessingException || t instanceof JsonbException) {
      return unreadableBody(t, locale, resourceMethod);
    }
    if (t instanceof WebApplicationException web) {
      Response response = web.getResponse();
      int status = response == null ? 500 : response.getStatus();
      if (status < 500) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Request refused" : type.getReasonPhrase();
        return new Problem(status, title, text(locale, detailFor(status)));
      }
    }
    // a bug, whatever its type (an IllegalArgumentException too): never a 4xx in disguise
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident + ": unexpected failure", failure);
    return new Problem(500, "Internal error", text(locale, ProblemText.INTERNAL_ERROR, incident))
        .withInstance("urn:veedor:incident:" + incident);
  }

  /** A refusal of the application: its status by its type, its text from its key. */
  private static Problem refusal(RefusalException refusal, Locale locale) {
    String detail = Messages.text(locale, refusal);
    if (refusal instanceof InvalidInputException invalid) {
      return Problem.invalidInput(
          detail,
          invalid.errors().stream()
              .map(e -> new Problem.InvalidParam(e.field(), Messages.text(locale, e)))
              .toList());
    }
    if (refusal instanceof NotAllowedException) {
      return new Problem(403, "Forbidden", detail);
    }
    if (refusal instanceof FileTooLargeException) {
      return new Problem(413, "Content too large", detail);
    }
    if (refusal instanceof UnsupportedFileException) {
      return new Problem(415, "Unsupported file type", detail);
    }
    if (refusal instanceof IntegrityException) {
      return new Problem(409, "Integrity check failed", detail);
    }
    if (refusal instanceof NoSuchObjectException) {
      return new Problem(404, "Not found", detail);
    }
    if (refusal instanceof ConflictException) {
      return new Problem(409, "Conflict", detail);
    }
    return new Problem(400, "Bad request", detail);
  }

  private static String text(Locale locale, ProblemText key, Object... arguments) {
    return Messages.text(locale, key.key(), arguments);
  }

  private static ProblemText detailFor(int status) {
    return switch (status) {
      case 404 -> ProblemText.NOT_FOUND;
      case 405 -> ProblemText.METHOD_NOT_ALLOWED;
      case 406 -> ProblemText.NOT_ACCEPTABLE;
      case 415 -> ProblemText.UNSUPPORTED_MEDIA_TYPE;
      default -> ProblemText.REFUSED;
    };
  }

  private static Problem constraintViolations(
      ConstraintViolationException violations, Locale locale) {
    List<Problem.InvalidParam> params =
        violations.getConstraintViolations().stream()
            .map(v -> new Problem.InvalidParam(name(v), v.getMessage()))
            .distinct()
            .sorted(Comparator.comparing(Problem.InvalidParam::name))
            .toList();
    return Problem.invalidInput(text(locale, ProblemText.FIELDS_INVALID), params);
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

  private static Problem unreadableBody(Throwable t, Locale locale, Method resourceMethod) {
    // an enumeration's unknown value says most (the values accepted), wherever it lies
    for (Throwable c : causes(t)) {
      Matcher constant = c.getMessage() == null ? null : ENUM_CONSTANT.matcher(c.getMessage());
      if (constant != null && constant.find()) {
        Problem.InvalidParam param = enumParam(constant.group(1), locale, resourceMethod);
        if (param != null) {
          return Problem.invalidInput(text(locale, ProblemText.BODY_UNREADABLE), List.of(param));
        }
      }
    }
    for (Throwable c : causes(t)) {
      Matcher property = c.getMessage() == null ? null : JSON_PROPERTY.matcher(c.getMessage());
      if (property != null && property.find()) {
        return Problem.invalidInput(
            text(locale, ProblemText.BODY_UNREADABLE),
            List.of(
                new Problem.InvalidParam(
                    property.group(1), text(locale, ProblemText.NOT_A_VALID_VALUE))));
      }
    }
    return new Problem(400, "Bad request", text(locale, ProblemText.BODY_NOT_JSON));
  }

  /**
   * An unknown value of one of the enumerations the resource method reads from its body: named
   * after its type (a {@code Channel} is the field {@code channel}), with the values that are
   * accepted. The type is found among the method's own parameter types, never loaded by the name an
   * error message gives.
   */
  private static Problem.InvalidParam enumParam(
      String typeName, Locale locale, Method resourceMethod) {
    if (resourceMethod == null) {
      return null;
    }
    Set<Class<?>> enums = new LinkedHashSet<>();
    for (Type parameter : resourceMethod.getGenericParameterTypes()) {
      enumsIn(parameter, enums, new HashSet<>());
    }
    for (Class<?> type : enums) {
      if (typeName.equals(type.getCanonicalName()) || typeName.equals(type.getName())) {
        String simple = type.getSimpleName();
        String field = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        return new Problem.InvalidParam(
            field,
            Messages.text(
                locale,
                InputReason.NOT_ONE_OF.key(),
                java.util.Arrays.toString(type.getEnumConstants())));
      }
    }
    return null;
  }

  /** The enumerations a body type holds: its own, its record components', its lists' elements. */
  static void enumsIn(Type type, Set<Class<?>> enums, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        enumsIn(argument, enums, seen);
      }
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        enumsIn(bound, enums, seen);
      }
    } else if (type instanceof Class<?> c) {
      if (c.isEnum()) {
        enums.add(c);
      } else if (c.isArray()) {
        enumsIn(c.getComponentType(), enums, seen);
      } else if (c.isRecord()) {
        for (RecordComponent component : c.getRecordComponents()) {
          enumsIn(component.getGenericType(), enums, seen);
        }
      }
    }
  }

  private static Throwable unwrap(Throwable t) {
    Throwable current = t;
    int depth = 0;
    while (current instanceof EJBException && current.getCause() != null && depth++ < MAX_CAUSES) {
      current = current.getCause();
    }
    return current;
  }

  private static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (Throwable c : causes(t)) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  /** The failure and its causes, outermost first. */
  private static List<Throwable> causes(Throwable t) {
    List<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable c = t; c != null && chain.size() < MAX_CAUSES; c = c.getCause()) {
      chain.add(c);
    }
    return chain;
  }
}
