/**
 * Identity: users, their roles and the officer or unit they belong to (by id: the units are the
 * officers context's, asked through {@code UnitTree}), the access policy, and how passwords are
 * kept. The server's Elytron realm authenticates against the same tables. Every context reads it;
 * it reads none.
 */
package org.veedor.identity;
