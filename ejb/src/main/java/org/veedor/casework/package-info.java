/**
 * Casework: what spans the whole lifecycle of a case, whatever its stage: the inbox and the work on
 * tasks, the events a case waits for, its timeline, the texts people write while working it (kept
 * with the case and shown to whoever works it next), the changes to a complaint after registration
 * and the cases related to it, the letters, and the complainant's follow page. Its application
 * package is engine-neutral; its workflow package runs the lifecycle on the engine.
 */
package org.veedor.casework;
