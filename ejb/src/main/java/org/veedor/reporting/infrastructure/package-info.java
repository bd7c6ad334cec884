/** The reports' SQL: the access rules and filters as conditions, and what differs by database. */
package org.veedor.reporting.infrastructure;
