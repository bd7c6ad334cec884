/**
 * The audit trail: every read of a case, every change, every import and export, with who, when,
 * what and the outcome; hash-chained so that tampering with a stored event can be detected.
 */
package org.veedor.audit;
