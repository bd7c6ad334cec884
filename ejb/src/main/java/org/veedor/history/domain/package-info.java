/**
 * The mapping file, the source export as read (rows grouped by complaint, duplicates merged), and
 * the record of an import run with its rejected rows.
 */
package org.veedor.history.domain;
