/**
 * The investigation's use cases as typed, validated commands: naming the investigator (conflict
 * rules apply), proposing a finding per allegation, the supervisor's review of them, and the
 * decision on an overdue investigation. The task forms of the workflow are thin adapters over them.
 */
package org.veedor.investigation.application;
