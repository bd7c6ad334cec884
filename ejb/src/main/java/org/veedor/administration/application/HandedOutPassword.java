package org.veedor.administration.application;

/**
 * A password the administrator hands to the user, shown once and never kept in clear: it opens
 * nothing but its own change at the first sign-in.
 */
public record HandedOutPassword(AccountView account, String oneTimePassword) {}
