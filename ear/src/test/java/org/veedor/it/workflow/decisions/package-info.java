/** In the container: the decision tables as the running engine holds them. */
package org.veedor.it.workflow.decisions;
