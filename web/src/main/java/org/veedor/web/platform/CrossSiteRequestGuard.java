package org.veedor.web.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;

/**
 * Cross-site request forgery: a change through the API that rides on a browser's session cookie (no
 * Authorization header of its own) must come from a page of this application, as its Origin (or
 * Referer) header shows. Calls that carry their own credentials cannot be forged by another site,
 * and reads change nothing.
 */
@Provider
@PreMatching
public class CrossSiteRequestGuard implements ContainerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final String SESSION_COOKIE = "JSESSIONID";

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod())
        || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
        || !request.getCookies().containsKey(SESSION_COOKIE)) {
      return;
    }
    String origin = request.getHeaderString("Origin");
    if (origin == null) {
      origin = request.getHeaderString("Referer");
    }
    if (origin == null || !sameOrigin(origin.strip(), request.getUriInfo().getBaseUri())) {
      request.abortWith(
          new Problem(
                  403,
                  "Forbidden",
                  "A change that relies on a browser session must come from Veedor's own pages.")
              .toResponse());
    }
  }

  private static boolean sameOrigin(String origin, URI base) {
    try {
      return sameOrigin(URI.create(origin), base);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static boolean sameOrigin(URI origin, URI base) {
    return base.getScheme().equalsIgnoreCase(String.valueOf(origin.getScheme()))
        && base.getHost().equalsIgnoreCase(String.valueOf(origin.getHost()))
        && port(base) == port(origin);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
