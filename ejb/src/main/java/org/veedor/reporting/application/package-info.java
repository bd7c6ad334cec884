/**
 * Reports for oversight and leadership: the catalogue of indicators ({@link
 * org.veedor.reporting.application.Indicator}) and the dashboards, early warning, networks of
 * officers named together, open data and the quarterly report.
 */
package org.veedor.reporting.application;
