/** The public's side, without an account: filing, the receipt, following and adding to a case. */
package org.veedor.it.intake.publicintake;
