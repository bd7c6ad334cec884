/** The sanction's delegates and task form in the complaint lifecycle. */
package org.veedor.discipline.workflow;
