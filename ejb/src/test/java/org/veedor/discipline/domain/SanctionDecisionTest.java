package org.veedor.discipline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SanctionDecisionTest {

  private static final Instant DECIDED = Instant.parse("2026-11-02T15:00:00Z");
  private static final Instant APPEALED = Instant.parse("2026-11-20T15:00:00Z");

  private static SanctionDecision suspension(int days) {
    return new SanctionDecision(
        1L,
        2L,
        Sanction.SUSPENSION_DAYS,
        Sanction.DISMISSAL,
        false,
        false,
        Sanction.SUSPENSION_DAYS,
        days,
        null,
        "authority",
        DECIDED);
  }

  @Test
  void shouldKeepTheDaysOfAnUpheldSuspension() {
    SanctionDecision decision = suspension(20);

    decision.decideAppeal(AppealOutcome.UPHELD, null, null, "Proportionate.", "appeals", APPEALED);

    assertThat(decision.finalSanction()).isEqualTo(Sanction.SUSPENSION_DAYS);
    assertThat(decision.finalSuspensionDays()).isEqualTo(20);
    assertThat(decision.finalAt()).isEqualTo(APPEALED);
  }

  @Test
  void shouldShortenASuspensionModifiedToFewerDays() {
    SanctionDecision decision = suspension(20);

    decision.decideAppeal(
        AppealOutcome.MODIFIED,
        Sanction.SUSPENSION_DAYS,
        10,
        "First offence.",
        "appeals",
        APPEALED);

    assertThat(decision.sanction()).isEqualTo(Sanction.SUSPENSION_DAYS);
    assertThat(decision.suspensionDays()).as("the decision as taken").isEqualTo(20);
    assertThat(decision.finalSanction()).isEqualTo(Sanction.SUSPENSION_DAYS);
    assertThat(decision.finalSuspensionDays()).isEqualTo(10);
  }

  @Test
  void shouldLeaveNoSanctionWhenTheAppealReverses() {
    SanctionDecision decision = suspension(20);

    decision.decideAppeal(AppealOutcome.REVERSED, null, null, "No evidence.", "appeals", APPEALED);

    assertThat(decision.finalSanction()).isEqualTo(Sanction.NONE);
    assertThat(decision.finalSuspensionDays()).isNull();
    assertThat(decision.appealOutcome()).isEqualTo(AppealOutcome.REVERSED);
  }

  @Test
  void shouldDropTheDaysWhenASuspensionIsModifiedToAReprimand() {
    SanctionDecision decision = suspension(20);

    decision.decideAppeal(
        AppealOutcome.MODIFIED, Sanction.WRITTEN_REPRIMAND, 5, "Lesser.", "appeals", APPEALED);

    assertThat(decision.finalSanction()).isEqualTo(Sanction.WRITTEN_REPRIMAND);
    assertThat(decision.finalSuspensionDays()).isNull();
  }

  @Test
  void shouldRefuseAModifiedSuspensionWithoutDays() {
    SanctionDecision decision = suspension(20);

    assertThatThrownBy(
            () ->
                decision.decideAppeal(
                    AppealOutcome.MODIFIED,
                    Sanction.SUSPENSION_DAYS,
                    null,
                    "?",
                    "appeals",
                    APPEALED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldKeepTheReferralDecidedBesideTheOneRecommended() {
    SanctionDecision decision =
        new SanctionDecision(
            1L,
            2L,
            Sanction.DEMOTION,
            Sanction.DISMISSAL,
            true,
            false,
            Sanction.VERBAL_WARNING,
            null,
            "Returned the money.",
            "authority",
            DECIDED);

    assertThat(decision.referralRecommended()).isTrue();
    assertThat(decision.referralDecided()).isFalse();
    assertThat(decision.isInsideRange()).isFalse();
  }
}
