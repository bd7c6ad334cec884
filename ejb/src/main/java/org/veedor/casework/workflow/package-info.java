/**
 * The complaint lifecycle as it runs on the workflow engine, behind casework's engine-neutral
 * services: starting it (intake's {@code CaseLifecycle}), placing a complaint written without one
 * at the stage its status says ({@code CaseStages}), the status that follows it, the intake and
 * triage steps and task forms, triaging again when the facts change, the task list, events, history
 * and timeline that span the lifecycle ({@code CaseWork}), and the complainant's follow page
 * ({@code PublicFollowing}).
 */
package org.veedor.casework.workflow;
