/** The investigation's deadline timers fired inside the server, and the decisions they lead to. */
package org.veedor.it.workflow.overdue;
