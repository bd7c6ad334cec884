/** Use cases of the officer registry: reading officers and units, importing the registry. */
package org.veedor.officers.application;
