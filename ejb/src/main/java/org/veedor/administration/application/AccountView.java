package org.veedor.administration.application;

import java.util.Set;

/**
 * An account as its administrator sees it: never its password.
 *
 * @param unitCode the unit the user belongs to, or null
 * @param mustChangePassword whether a handed-out password still waits to be changed
 * @param identityProvider whether the account was made at a sign-in through the identity provider
 *     (it has no password in Veedor)
 */
public record AccountView(
    String username,
    String displayName,
    String email,
    String unitCode,
    Set<String> roles,
    boolean enabled,
    boolean mustChangePassword,
    boolean identityProvider) {}
