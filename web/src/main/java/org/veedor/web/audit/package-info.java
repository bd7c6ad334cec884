/** The audit trail's API, for auditors. */
package org.veedor.web.audit;
