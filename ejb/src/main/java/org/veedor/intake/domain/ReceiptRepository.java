package org.veedor.intake.domain;

import java.util.List;
import java.util.Optional;

/** Receipts of public complaints, and the messages between a case and its complainant. */
public interface ReceiptRepository {

  void add(Receipt receipt);

  Optional<Receipt> find(long complaintId);

  void add(CaseMessage message);

  List<CaseMessage> messages(long complaintId);
}
