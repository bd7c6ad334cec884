/** Another application deployed on Veedor's server, for the test that Veedor leaves it alone. */
package org.veedor.it.identity.neighbour;
