/** The administrator's use cases, each audited in the transaction that makes the change. */
package org.veedor.administration.application;
