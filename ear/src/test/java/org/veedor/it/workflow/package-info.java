/** The complaint lifecycle on the running server, through the REST API, as its users drive it. */
package org.veedor.it.workflow;
