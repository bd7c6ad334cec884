/** Reports for oversight and leadership: networks of officers named together, and more to come. */
package org.veedor.reporting.application;
