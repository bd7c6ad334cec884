/** Reports: the REST endpoints of reporting. */
package org.veedor.web.reporting;
