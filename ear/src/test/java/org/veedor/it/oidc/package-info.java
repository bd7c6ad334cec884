/**
 * Sign-in through a real identity provider: a Keycloak started by the suite, and a server whose web
 * module signs people in through it (the build's {@code standalone-veedor-oidc.xml}) on an empty
 * PostgreSQL database. These tests run in the suite of their own ({@code it-oidc}).
 */
package org.veedor.it.oidc;
