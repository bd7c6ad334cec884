package org.veedor.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;

class SignInInboxTest {

  private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void shouldTellALockWithItsCountAndItsEnd() {
    SignInInbox.Attempt locked =
        new SignInInbox.Attempt(AT, "rosa", "LOCKED", 5, AT.plusSeconds(30));

    assertThat(locked.type()).isEqualTo(AuditEventType.ACCOUNT_LOCKED);
    assertThat(locked.outcome()).isEqualTo(AuditOutcome.FAILURE);
    assertThat(locked.detail())
        .isEqualTo("wrong password (5 in a row): account locked until 2026-11-27T10:00:30Z");
  }

  @Test
  void shouldTellEachKindOfAttemptApart() {
    assertThat(new SignInInbox.Attempt(AT, "rosa", "SUCCEEDED", 0, null).type())
        .isEqualTo(AuditEventType.LOGIN_SUCCEEDED);
    assertThat(new SignInInbox.Attempt(AT, "rosa", "FAILED", 2, null).outcome())
        .isEqualTo(AuditOutcome.FAILURE);
    assertThat(new SignInInbox.Attempt(AT, "zzz", "UNKNOWN_USER", 0, null).outcome())
        .isEqualTo(AuditOutcome.NOT_FOUND);
    SignInInbox.Attempt whileLocked =
        new SignInInbox.Attempt(AT, "rosa", "WHILE_LOCKED", 5, AT.plusSeconds(20));
    assertThat(whileLocked.type()).isEqualTo(AuditEventType.LOGIN_FAILED);
    assertThat(whileLocked.outcome()).isEqualTo(AuditOutcome.DENIED);
  }

  @Test
  void shouldTellWhatTheIdentityProvidersSignInDidToTheAccount() {
    SignInInbox.Attempt made =
        new SignInInbox.Attempt(
            AT, "ines.kc", "PROVISIONED", 0, null, "account created at the first sign-in");
    assertThat(made.type()).isEqualTo(AuditEventType.ACCOUNT_CHANGED);
    assertThat(made.outcome()).isEqualTo(AuditOutcome.SUCCESS);
    assertThat(made.detail()).isEqualTo("account created at the first sign-in");

    SignInInbox.Attempt roles =
        new SignInInbox.Attempt(
            AT, "ines.kc", "ROLES_TAKEN", 0, null, "roles: [] -> [INVESTIGATOR] (from the token)");
    assertThat(roles.type()).isEqualTo(AuditEventType.PERMISSION_CHANGED);
    assertThat(roles.detail()).isEqualTo("roles: [] -> [INVESTIGATOR] (from the token)");

    SignInInbox.Attempt disabled =
        new SignInInbox.Attempt(AT, "ines.kc", "DISABLED", 0, null, "the account is disabled");
    assertThat(disabled.type()).isEqualTo(AuditEventType.LOGIN_FAILED);
    assertThat(disabled.outcome()).isEqualTo(AuditOutcome.DENIED);
  }
}
