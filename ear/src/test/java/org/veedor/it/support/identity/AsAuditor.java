package org.veedor.it.support.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.veedor.identity.domain.Roles;

/** Runs test code with the role AUDITOR, in a transaction of its own. */
@Stateless
@PermitAll
@RunAs(Roles.AUDITOR)
public class AsAuditor {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
