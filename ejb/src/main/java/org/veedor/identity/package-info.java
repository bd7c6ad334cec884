/**
 * Identity: users, their roles and the officer or unit they belong to, and how their passwords are
 * kept. The server's Elytron realm authenticates against the same tables.
 */
package org.veedor.identity;
