/** In the container: sign-ins as the server's security layer records and limits them. */
package org.veedor.it.identity.signin;
