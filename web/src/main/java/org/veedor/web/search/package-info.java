/** The search page, the search API and the index's administration. */
package org.veedor.web.search;
