/** The investigation's delegates and task forms (the complaintInvestigation process). */
package org.veedor.investigation.workflow;
