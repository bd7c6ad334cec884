/**
 * The audit trail: every read of a case, every change, every import and export, every sign-in
 * (folded in from the server's inbox), with who, when, what and the outcome; hash-chained so that
 * tampering with a stored event can be detected.
 */
package org.veedor.audit;
