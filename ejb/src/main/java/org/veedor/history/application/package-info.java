/** Runs an import in the background, batch by batch, with progress and a report. */
package org.veedor.history.application;
