/** Who is calling: the viewer that access rules are decided for. */
package org.veedor.identity.application;
