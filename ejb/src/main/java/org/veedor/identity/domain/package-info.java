/** Roles and password digests. */
package org.veedor.identity.domain;
