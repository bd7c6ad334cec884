/** Tests of the PostgreSQL suite alone: what only a production database does (backup, restore). */
package org.veedor.it.postgresql;
