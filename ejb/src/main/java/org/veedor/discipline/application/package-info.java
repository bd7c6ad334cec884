/**
 * Each officer's sanction: decided by the disciplinary authority as a typed, validated command (the
 * task form is a thin adapter over it), and read back (decided, appealed, final).
 */
package org.veedor.discipline.application;
