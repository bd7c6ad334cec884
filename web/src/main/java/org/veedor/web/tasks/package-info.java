/** The task inbox and the forms of the lifecycle's user tasks. */
package org.veedor.web.tasks;
