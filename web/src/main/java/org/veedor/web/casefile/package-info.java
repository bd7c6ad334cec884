/** Case files and notes: the REST API and the case page's evidence section. */
package org.veedor.web.casefile;
