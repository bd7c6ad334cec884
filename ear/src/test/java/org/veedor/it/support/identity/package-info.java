/** In-container tests act as a role through these beans, as a signed-in user would. */
package org.veedor.it.support.identity;
