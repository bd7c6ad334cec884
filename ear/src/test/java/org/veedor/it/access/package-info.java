/** The access policy's contract with every way a case is read. */
package org.veedor.it.access;
