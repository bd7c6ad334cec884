/** JPA implementations of intake's repositories and queries. */
package org.veedor.intake.infrastructure;
