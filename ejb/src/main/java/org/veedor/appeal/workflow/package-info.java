/** The appeal and board-review delegates and task forms of the complaint lifecycle. */
package org.veedor.appeal.workflow;
