/** Reading CSV exports of other systems (RFC 4180), record by record with line numbers. */
package org.veedor.platform.csv;
