/**
 * Historical import: complaints, accused officers and complainants from another oversight system's
 * CSV export, mapped onto Veedor's records by a declarative mapping file.
 */
package org.veedor.history;
