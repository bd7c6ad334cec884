/** The administrator's REST API: accounts, the unit tree and territories, the taxonomy. */
package org.veedor.web.administration;
