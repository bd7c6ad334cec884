/**
 * The complaint lifecycle as it runs on the workflow engine: starting it, the status that follows
 * it, the intake and triage delegates and task forms, and the task list that spans the lifecycle.
 */
package org.veedor.intake.workflow;
