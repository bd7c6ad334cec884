/**
 * The officer registry: units (a tree over territories), officers, and their assignments over time,
 * so that a complaint can name the unit an officer served in on the incident date.
 */
package org.veedor.officers;
