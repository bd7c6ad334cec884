/** The officer registry's API: officers, units, territories, registry import. */
package org.veedor.web.officers;
