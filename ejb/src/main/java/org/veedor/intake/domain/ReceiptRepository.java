package org.veedor.intake.domain;

import java.util.List;
import java.util.Optional;

/** Receipts of public complaints, and the messages between a case and its complainant. */
public interface ReceiptRepository {

  void add(Receipt receipt);

  /**
   * The receipt, locked until the transaction ends: a passphrase is checked and its failure counted
   * by one request at a time, so parallel guesses cannot pass the limit of tries.
   */
  Optional<Receipt> findForCheck(long complaintId);

  void add(CaseMessage message);

  List<CaseMessage> messages(long complaintId);
}
