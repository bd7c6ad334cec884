/** The content-addressed file store and the bounded text extraction with Apache Tika. */
package org.veedor.casefile.infrastructure;
