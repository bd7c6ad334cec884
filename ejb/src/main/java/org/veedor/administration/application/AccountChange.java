package org.veedor.administration.application;

import java.util.Set;

/**
 * What an administrator writes about an account; on a change, a null field keeps its value.
 *
 * @param unitCode the unit, or "" for none
 */
public record AccountChange(
    String displayName, String email, String unitCode, Set<String> roles, Boolean enabled) {}
