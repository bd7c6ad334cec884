/**
 * The reports' SQL: queries written once as text with named places ({@link
 * org.veedor.reporting.infrastructure.SqlTemplate}), the access rules and filters as the conditions
 * filled into them, and what differs by database.
 */
package org.veedor.reporting.infrastructure;
