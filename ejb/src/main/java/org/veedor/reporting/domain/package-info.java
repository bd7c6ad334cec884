/**
 * Reporting's own model: count tables as they are published, and the rule that no published cell
 * may reveal fewer than k people (small-cell suppression).
 */
package org.veedor.reporting.domain;
