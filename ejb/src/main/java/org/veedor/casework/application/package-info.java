/**
 * Casework's services as the web sees them, engine-neutral: {@code CaseWork} (tasks, events,
 * history, timeline), {@code PublicFollowing}, amendments and related cases, and the texts people
 * wrote while working a case.
 */
package org.veedor.casework.application;
