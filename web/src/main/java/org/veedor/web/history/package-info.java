/** Historical import over REST and on the administrators' import page. */
package org.veedor.web.history;
