package org.veedor.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every HTTP request has an id: the one a proxy or client sent in {@code X-Request-Id} when it is a
 * plain token, a new one otherwise. It is answered in the same header, named in every log line
 * written while the request runs ({@code requestId} in the log context), and carried by every
 * problem document, so that an operator finds the log of the answer a user reports.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestIds extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String HEADER = "X-Request-Id";
  static final String KEY = "requestId";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String given = request.getHeader(HEADER);
    String id =
        given != null && TOKEN.matcher(given).matches() ? given : UUID.randomUUID().toString();
    Object before = MDC.get(KEY);
    MDC.put(KEY, id);
    request.setAttribute(KEY, id);
    response.setHeader(HEADER, id);
    try {
      chain.doFilter(request, response);
    } finally {
      if (before == null) {
        MDC.remove(KEY);
      } else {
        MDC.put(KEY, before);
      }
    }
  }

  /** The id of the request being answered on this thread, or null outside a request. */
  static String current() {
    Object id = MDC.get(KEY);
    return id == null ? null : id.toString();
  }
}
