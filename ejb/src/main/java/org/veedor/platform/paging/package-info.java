/** Pages of results, as every list of the application returns them. */
package org.veedor.platform.paging;
