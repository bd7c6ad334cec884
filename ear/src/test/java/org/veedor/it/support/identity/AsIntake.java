package org.veedor.it.support.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.veedor.identity.domain.Roles;

/** Runs test code with the role INTAKE, in a transaction of its own. */
@Stateless
@PermitAll
@RunAs(Roles.INTAKE)
public class AsIntake {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
