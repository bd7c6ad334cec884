/** Audit events and the hash chain that binds them. */
package org.veedor.audit.domain;
