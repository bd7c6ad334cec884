/** Each officer's sanction of a case, through the API. */
package org.veedor.web.discipline;
