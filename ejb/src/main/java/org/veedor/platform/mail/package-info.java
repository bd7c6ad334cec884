/**
 * Mail through the server's mail session (java:jboss/mail/Veedor), sent once the transaction that
 * asked for it commits; off unless the install turns it on.
 */
package org.veedor.platform.mail;
