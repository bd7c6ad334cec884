/** Complaint views and the complaint API. */
package org.veedor.web.intake;
