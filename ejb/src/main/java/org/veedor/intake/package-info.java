/**
 * Intake: complaints as they arrive through every channel, their allegations against officers, the
 * allegation taxonomy, and the reference numbers that identify them.
 */
package org.veedor.intake;
