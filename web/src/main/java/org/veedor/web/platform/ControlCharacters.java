package org.veedor.web.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;

/**
 * Refuses, with a 400 naming the field, a path segment, query parameter or JSON text read into an
 * object holding NUL or another control character that no person types (tab and line breaks are
 * text); a body taken as a stream or bytes (an evidence file) is left as it is. PostgreSQL cannot
 * store NUL in text at all: without this guard such a value reached the database and answered 500
 * (found by the API fuzzer on PostgreSQL); with it, every endpoint refuses it the same way on every
 * database.
 */
@Provider
public class ControlCharacters implements ContainerRequestFilter, ReaderInterceptor {

  @Override
  public void filter(ContainerRequestContext request) {
    check(request.getUriInfo().getPathParameters(true));
    check(request.getUriInfo().getQueryParameters(true));
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    boolean json =
        type != null
            && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    // a file taken as it is (evidence as a stream or bytes) is never read as text here
    boolean raw =
        java.io.InputStream.class.isAssignableFrom(context.getType())
            || context.getType() == byte[].class;
    if (json && !raw) {
      byte[] body = context.getInputStream().readAllBytes();
      if (escapesAControlCharacter(new String(body, StandardCharsets.UTF_8))) {
        throw new InvalidInputException("body", InputReason.CONTROL_CHARACTER);
      }
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  private static void check(MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      for (String value : parameter.getValue()) {
        if (holdsAControlCharacter(value)) {
          throw new InvalidInputException(parameter.getKey(), InputReason.CONTROL_CHARACTER);
        }
      }
    }
  }

  /** Whether the text holds a C0 control character other than tab, line feed or return. */
  static boolean holdsAControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether JSON text escapes such a character ({@code \u0000} to {@code \u001f}, but for tab and
   * line breaks); a raw one is not JSON and its parser refuses it. An escaped backslash before the
   * {@code u} ({@code \\u0000}, the six characters as text) is not an escape.
   */
  static boolean escapesAControlCharacter(String json) {
    String lower = json.toLowerCase(Locale.ROOT);
    int at = lower.indexOf("\\u00");
    while (at >= 0) {
      int backslashes = 0;
      for (int i = at; i >= 0 && lower.charAt(i) == '\\'; i--) {
        backslashes++;
      }
      if (backslashes % 2 == 1 && at + 6 <= lower.length()) {
        String hex = lower.substring(at + 4, at + 6);
        if (hex.charAt(0) <= '1' && hex.matches("[01][0-9a-f]")) {
          int code = Integer.parseInt(hex, 16);
          if (code != '\t' && code != '\n' && code != '\r') {
            return true;
          }
        }
      }
      at = lower.indexOf("\\u00", at + 1);
    }
    return false;
  }
}
