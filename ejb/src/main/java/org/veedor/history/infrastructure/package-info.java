/** Where a running import keeps its uploaded files, so that a restart does not lose them. */
package org.veedor.history.infrastructure;
