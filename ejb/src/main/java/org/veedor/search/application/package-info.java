/**
 * Full-text search over case files, with facets, highlights and similar cases, where the access
 * rules are conditions of the query itself; and the index's upkeep (mass reindex, consistency).
 */
package org.veedor.search.application;
