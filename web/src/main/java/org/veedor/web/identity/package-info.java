/** The signed-in user's own account: who they are, and their password. */
package org.veedor.web.identity;
