/** Territories, units, officers and assignments, with the rules that keep them consistent. */
package org.veedor.officers.domain;
