package org.veedor.bench;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** One transaction of its own per call, as a request would have. */
@Stateless
@PermitAll
public class BenchTransactions {

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public <T> T inTransaction(Callable<T> work) throws Exception {
    return work.call();
  }
}
