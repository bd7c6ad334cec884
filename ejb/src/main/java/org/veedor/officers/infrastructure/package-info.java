/** JPA implementations of the officer registry's repositories. */
package org.veedor.officers.infrastructure;
