/** The audit trail outside the server: verifying the chain straight from the database. */
package org.veedor.audit.infrastructure;
