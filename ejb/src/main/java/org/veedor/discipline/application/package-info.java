/** Reading each officer's sanction of a case: decided, appealed, final. */
package org.veedor.discipline.application;
