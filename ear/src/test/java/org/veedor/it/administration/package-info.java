/** Administration through the REST API: accounts, the unit tree, the taxonomy, first sign-in. */
package org.veedor.it.administration;
