/**
 * In-container and black-box tests of Veedor, run by Arquillian against the WildFly that the build
 * provisions, once on H2 and once on PostgreSQL.
 */
package org.veedor.it;
