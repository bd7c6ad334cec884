/**
 * How cases are indexed with Hibernate Search and Lucene: the analyzers for Spanish, Portuguese,
 * English and people's names, the index mapping (kept here, not on the domain), and the query
 * parser that turns what a user types into a Lucene query over those fields.
 */
package org.veedor.search.infrastructure;
