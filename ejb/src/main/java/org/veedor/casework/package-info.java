/**
 * Casework: what spans the whole lifecycle of a case, whatever its stage: the texts people write
 * while working it, kept with the case and shown to whoever works it next.
 */
package org.veedor.casework;
