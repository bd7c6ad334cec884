/** Sanction decisions and their place against the matrix's recommended range. */
package org.veedor.discipline.domain;
