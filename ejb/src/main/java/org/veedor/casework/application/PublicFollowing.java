package org.veedor.casework.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.veedor.intake.domain.CaseMessage;
import org.veedor.intake.domain.Receipt;

/**
 * The complainant's side of a case, without an account: with the reference and the passphrase of
 * the receipt, the milestones of the case, the messages of its staff, the outcome once closed, a
 * way to add information and to ask the board to review a finding. A wrong passphrase reveals
 * nothing (not even whether the reference exists) and counts towards the receipt's lock.
 */
public interface PublicFollowing {

  /** How long a receipt stays locked after too many wrong passphrases. */
  Duration LOCK = Receipt.LOCK;

  /** What the complainant is told happened. */
  enum Milestone {
    RECEIVED,
    REGISTERED,
    ASSESSED,
    INVESTIGATION_OPENED,
    FINDINGS_RECORDED,
    SANCTION_DECIDED,
    APPEAL_DECIDED,
    CLOSED,
    REOPENED
  }

  /** One milestone and when it was reached. */
  record MilestoneView(Milestone milestone, Instant at) {}

  /** A message on the follow page. */
  record MessageView(CaseMessage.Direction direction, Instant at, String body) {}

  /** An allegation's category and, once decided, its finding. */
  record OutcomeView(String categoryCode, String disposition) {}

  /** What the complainant sees. */
  record FollowView(
      String referenceNumber,
      String status,
      Instant receivedAt,
      Instant closedAt,
      List<MilestoneView> milestones,
      List<MessageView> messages,
      List<OutcomeView> outcome,
      boolean boardReviewOpen) {}

  /** The answer to a reference and passphrase: the case, nothing, or a lock. */
  record Attempt(Receipt.Check result, FollowView view) {}

  /** The case as its complainant follows it. */
  Attempt follow(String reference, String passphrase);

  /** Adds the complainant's information to the case (new evidence for whoever works it). */
  Attempt addInformation(String reference, String passphrase, String text);

  /** The complainant asks the board to review a finding that was not sustained. */
  Attempt requestBoardReview(String reference, String passphrase, String reason);
}
