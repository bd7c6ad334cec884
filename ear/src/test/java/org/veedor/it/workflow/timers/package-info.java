/**
 * Timers fired inside the server (their jobs run by the engine, as the job executor would when they
 * fall due), and the casework they lead to: overdue investigations, appeal windows.
 */
package org.veedor.it.workflow.timers;
