/**
 * The complaint lifecycle as it runs on the workflow engine: starting it, placing a complaint
 * written without one at the stage its status says, the status that follows it, the intake and
 * triage delegates and task forms, and the task list that spans the lifecycle.
 */
package org.veedor.intake.workflow;
