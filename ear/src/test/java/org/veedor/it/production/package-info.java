/**
 * The production suite: a server on an empty PostgreSQL database, the demonstration world off, the
 * first administrator asked for by {@code veedor.bootstrap.admin}. Its own server start, after the
 * H2 and PostgreSQL suites.
 */
package org.veedor.it.production;
