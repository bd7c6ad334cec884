package org.veedor.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veedor.identity.domain.AccessPolicy.Purpose;

class AccessPolicyTest {

  private static final long OWN_OFFICER = 7;
  private static final long OWN_UNIT = 40;

  private static Viewer viewer(String role, Long officer, Long unit, boolean sealedUnit) {
    return new Viewer("u", Set.of(role), officer, unit, sealedUnit);
  }

  private static CaseFacts facts(
      Set<Long> officers, Set<Long> units, Set<Long> unitsNow, boolean sealed, boolean closed) {
    return new CaseFacts(officers, units, unitsNow, sealed, closed, "inv", "sup");
  }

  private static final CaseFacts ORDINARY_OPEN =
      facts(Set.of(1L), Set.of(2L), Set.of(3L), false, false);
  private static final CaseFacts SEALED_CLOSED =
      facts(Set.of(1L), Set.of(2L), Set.of(3L), true, true);

  @Test
  void shouldKeepFromAReaderTheCasesNamingTheirOwnRecordTheirUnitOrAnOfficerServingInIt() {
    Viewer investigator = viewer(Roles.INVESTIGATOR, OWN_OFFICER, OWN_UNIT, false);

    assertThat(AccessPolicy.reaches(investigator, ORDINARY_OPEN, Purpose.READ)).isTrue();
    assertThat(
            AccessPolicy.reaches(
                investigator,
                facts(Set.of(OWN_OFFICER), Set.of(), Set.of(), false, false),
                Purpose.READ))
        .isFalse();
    assertThat(
            AccessPolicy.reaches(
                investigator,
                facts(Set.of(1L), Set.of(OWN_UNIT), Set.of(), false, false),
                Purpose.READ))
        .isFalse();
    assertThat(
            AccessPolicy.reaches(
                investigator,
                facts(Set.of(1L), Set.of(2L), Set.of(OWN_UNIT), false, false),
                Purpose.READ))
        .isFalse();
    // a conflict of interest holds for counting too
    assertThat(
            AccessPolicy.reaches(
                investigator,
                facts(Set.of(OWN_OFFICER), Set.of(), Set.of(), false, false),
                Purpose.COUNT))
        .isFalse();
  }

  @Test
  void shouldCountSealedCasesForEveryReaderButListThemOnlyForTheSealedCasesUnitAndTheAuditor() {
    Viewer leadership = viewer(Roles.LEADERSHIP, null, null, false);
    Viewer board = viewer(Roles.OVERSIGHT_BOARD, null, null, false);
    Viewer auditor = viewer(Roles.AUDITOR, null, null, false);
    Viewer sealedUnit = viewer(Roles.INVESTIGATOR, null, 99L, true);
    Viewer anonymous = Viewer.anonymous("public");

    for (Viewer reader : new Viewer[] {leadership, board, anonymous}) {
      assertThat(AccessPolicy.reaches(reader, SEALED_CLOSED, Purpose.READ)).isFalse();
      assertThat(AccessPolicy.reaches(reader, SEALED_CLOSED, Purpose.COUNT)).isTrue();
      assertThat(AccessPolicy.keepsSealedCasesFrom(reader)).isTrue();
    }
    assertThat(AccessPolicy.reaches(auditor, SEALED_CLOSED, Purpose.READ)).isTrue();
    assertThat(AccessPolicy.reaches(sealedUnit, SEALED_CLOSED, Purpose.READ)).isTrue();
    assertThat(AccessPolicy.keepsSealedCasesFrom(auditor)).isFalse();
  }

  @Test
  void shouldGiveTheBoardClosedCasesToReadAndEveryCaseToCount() {
    Viewer board = viewer(Roles.OVERSIGHT_BOARD, null, null, false);
    Viewer boardAndAuditor =
        new Viewer("u", Set.of(Roles.OVERSIGHT_BOARD, Roles.AUDITOR), null, null, false);

    assertThat(AccessPolicy.reaches(board, ORDINARY_OPEN, Purpose.READ)).isFalse();
    assertThat(AccessPolicy.reaches(board, ORDINARY_OPEN, Purpose.COUNT)).isTrue();
    assertThat(AccessPolicy.reaches(boardAndAuditor, ORDINARY_OPEN, Purpose.READ)).isTrue();
    assertThat(AccessPolicy.restrictions(board, Purpose.COUNT)).isEmpty();
  }

  @Test
  void shouldShowTheComplainantAndIdentifyingFilesOnlyToIntakeAndTheCasesOwnWorkers() {
    Viewer intake = new Viewer("i", Set.of(Roles.INTAKE), null, null, false);
    Viewer ownInvestigator = new Viewer("inv", Set.of(Roles.INVESTIGATOR), null, 5L, false);
    Viewer otherInvestigator = new Viewer("other", Set.of(Roles.INVESTIGATOR), null, 5L, false);
    Viewer board = new Viewer("b", Set.of(Roles.OVERSIGHT_BOARD), null, null, false);
    Viewer authority = new Viewer("a", Set.of(Roles.DISCIPLINARY_AUTHORITY), null, null, false);

    for (Viewer allowed : new Viewer[] {intake, ownInvestigator}) {
      assertThat(AccessPolicy.readsComplainantIdentity(allowed, ORDINARY_OPEN)).isTrue();
      assertThat(AccessPolicy.readsFileContent(allowed, ORDINARY_OPEN, true)).isTrue();
      assertThat(AccessPolicy.readsMessages(allowed, ORDINARY_OPEN)).isTrue();
    }
    for (Viewer refused : new Viewer[] {otherInvestigator, board, authority}) {
      assertThat(AccessPolicy.readsComplainantIdentity(refused, ORDINARY_OPEN)).isFalse();
      assertThat(AccessPolicy.readsFileContent(refused, ORDINARY_OPEN, true)).isFalse();
      assertThat(AccessPolicy.readsFileContent(refused, ORDINARY_OPEN, false)).isTrue();
      assertThat(AccessPolicy.readsMessages(refused, ORDINARY_OPEN)).isFalse();
    }
    assertThat(AccessPolicy.readsNotes(authority)).isTrue();
    assertThat(AccessPolicy.readsNotes(board)).isFalse();
    assertThat(AccessPolicy.readsNotes(intake)).isFalse();
  }

  @Test
  void shouldSealCorruptionLinkedToOrganizedCrimeAndLetOnlyTheSealedUnitsSupervisorsDecide() {
    assertThat(AccessPolicy.sealedByRule(true, true)).isTrue();
    assertThat(AccessPolicy.sealedByRule(true, false)).isFalse();
    assertThat(AccessPolicy.sealedByRule(false, true)).isFalse();

    assertThat(AccessPolicy.decidesSealing(viewer(Roles.SUPERVISOR, null, 99L, true))).isTrue();
    assertThat(AccessPolicy.decidesSealing(viewer(Roles.SUPERVISOR, null, 98L, false))).isFalse();
    assertThat(AccessPolicy.decidesSealing(viewer(Roles.INVESTIGATOR, null, 99L, true))).isFalse();
  }
}
