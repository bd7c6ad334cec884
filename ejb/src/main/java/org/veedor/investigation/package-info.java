/** Investigation of a complaint: assignment, deadlines, proposed findings and their review. */
package org.veedor.investigation;
