package org.veedor.it.support.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.veedor.identity.domain.Roles;

/** Runs test code with the role ADMIN, in a transaction of its own. */
@Stateless
@PermitAll
@RunAs(Roles.ADMIN)
public class AsAdmin {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
