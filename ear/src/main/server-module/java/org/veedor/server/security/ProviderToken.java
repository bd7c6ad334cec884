package org.veedor.server.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verified access token of a user who signed in through the identity provider, as WildFly's
 * OpenID Connect client hands it over: the principal it puts in the identity carries its security
 * context, which carries the token. Read by reflection so that this module needs the OpenID Connect
 * client only when the server uses it (a password-only server has no such principal).
 */
final class ProviderToken {

  private static final String OIDC_PRINCIPAL = "org.wildfly.security.http.oidc.OidcPrincipal";

  private final String username;
  private final Object token;
  private final Method claim;

  private ProviderToken(String username, Object token, Method claim) {
    this.username = username;
    this.token = token;
    this.claim = claim;
  }

  /** The token behind a principal of the OpenID Connect client; empty for any other principal. */
  static Optional<ProviderToken> of(Principal principal) {
    if (principal == null || principal.getName() == null || !isOidcPrincipal(principal)) {
      return Optional.empty();
    }
    try {
      Object context = principal.getClass().getMethod("getOidcSecurityContext").invoke(principal);
      Object token = context == null ? null : context.getClass().getMethod("getToken").invoke(context);
      if (token == null) {
        return Optional.empty();
      }
      Method claim = token.getClass().getMethod("getClaimValue", String.class);
      return Optional.of(new ProviderToken(principal.getName(), token, claim));
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("the identity provider's token cannot be read", e);
    }
  }

  private static boolean isOidcPrincipal(Principal principal) {
    for (Class<?> type = principal.getClass(); type != null; type = type.getSuperclass()) {
      if (OIDC_PRINCIPAL.equals(type.getName())) {
        return true;
      }
    }
    return false;
  }

  /** The user name Veedor knows the user by (the client's {@code principal-attribute}). */
  String username() {
    return username;
  }

  /** A claim's value: a string, a number, a list or a map, as the token's JSON has it. */
  Object claim(String name) {
    try {
      return claim.invoke(token, name);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("claim " + name + " of the token cannot be read", e);
    }
  }

  /**
   * The strings at a dotted path of claims ({@code realm_access.roles}, {@code groups}): an empty
   * list when the path leads nowhere; a single string counts as a list of one.
   */
  List<String> strings(String path) {
    String[] steps = path.split("\\.");
    Object value = claim(steps[0]);
    for (int i = 1; i < steps.length && value != null; i++) {
      value = value instanceof Map<?, ?> map ? map.get(steps[i]) : null;
    }
    List<String> strings = new ArrayList<>();
    if (value instanceof Collection<?> many) {
      for (Object one : many) {
        if (one != null) {
          strings.add(one.toString());
        }
      }
    } else if (value != null) {
      strings.add(value.toString());
    }
    return strings;
  }

  /** The person's name as the provider gives it, else the user name. */
  String displayName() {
    String name = text("name");
    if (name == null) {
      String given = text("given_name");
      String family = text("family_name");
      name = given == null ? family : family == null ? given : given + " " + family;
    }
    return name == null ? username : name;
  }

  /** The person's address, when the provider gives one. */
  String email() {
    return text("email");
  }

  private String text(String name) {
    Object value = claim(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
