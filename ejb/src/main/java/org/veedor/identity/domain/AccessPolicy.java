package org.veedor.identity.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may reach which case, and which parts of it: the one statement of Veedor's access rules.
 * Every way of reading cases translates {@link #restrictions} (the complaint queries, the search
 * index, the report SQL, the rollups); {@link #reaches} is the same rule in memory, which the
 * contract test holds every read path against.
 *
 * <ul>
 *   <li>conflict of interest: nobody reaches a case naming their own officer record, their unit (as
 *       the unit of an allegation on the incident date), or an officer serving in their unit now;
 *   <li>sealed cases: only members of the sealed-cases unit and the auditor read them, but every
 *       aggregate counts them (counted, never listed);
 *   <li>the oversight board reads closed cases only, and counts all of them;
 *   <li>parts: complainant identity (and files that identify the complainant) for intake and the
 *       case's own investigator and supervisor; investigators' notes for those who work or judge
 *       cases and the auditor; the messages with the complainant for intake and the case's own
 *       investigator and supervisor.
 * </ul>
 */
public final class AccessPolicy {

  /** Why cases are read. */
  public enum Purpose {
    /** Cases (or the persons they name) listed, opened, searched or shown one by one. */
    READ,
    /** Cases counted into an aggregate figure: sealed and open cases count for every reader. */
    COUNT
  }

  private AccessPolicy() {}

  /** The conditions a case must meet for the viewer to reach it for this purpose. */
  public static List<CaseRestriction> restrictions(Viewer viewer, Purpose purpose) {
    List<CaseRestriction> restrictions = new ArrayList<>();
    if (viewer.officerId() != null) {
      restrictions.add(new CaseRestriction.NotNamingOfficer(viewer.officerId()));
    }
    if (viewer.unitId() != null) {
      restrictions.add(new CaseRestriction.NotNamingUnit(viewer.unitId()));
      restrictions.add(new CaseRestriction.NotNamingOfficerServingIn(viewer.unitId()));
    }
    if (purpose == Purpose.READ) {
      if (!readsSealedCases(viewer)) {
        restrictions.add(new CaseRestriction.NotSealed());
      }
      if (readsClosedCasesOnly(viewer)) {
        restrictions.add(new CaseRestriction.ClosedOnly());
      }
    }
    return List.copyOf(restrictions);
  }

  /** Whether the viewer reaches the case for this purpose: the rule in memory. */
  public static boolean reaches(Viewer viewer, CaseFacts facts, Purpose purpose) {
    InMemory check = new InMemory(facts);
    return restrictions(viewer, purpose).stream().allMatch(r -> r.accept(check));
  }

  /**
   * Whether reading (rather than counting) keeps sealed cases from the viewer: a list built for
   * them may say how many more cases a figure counted.
   */
  public static boolean keepsSealedCasesFrom(Viewer viewer) {
    return !readsSealedCases(viewer);
  }

  /** The sealing rule: corruption alleged together with a link to organized crime. */
  public static boolean sealedByRule(boolean organizedCrimeLink, boolean corruptionAlleged) {
    return organizedCrimeLink && corruptionAlleged;
  }

  /** Who may seal or unseal a case by decision: a supervisor of the sealed-cases unit. */
  public static boolean decidesSealing(Viewer viewer) {
    return viewer.hasRole(Roles.SUPERVISOR) && viewer.sealedCasesUnitMember();
  }

  /** The complainant's name and contact details, and files that identify them. */
  public static boolean readsComplainantIdentity(Viewer viewer, CaseFacts facts) {
    return viewer.hasRole(Roles.INTAKE) || facts.isWorkedBy(viewer.username());
  }

  /**
   * Who amends a case's facts (the officer identified, the unit located): intake, and the case's
   * own investigator or supervisor; a supervisor too while nobody supervises it yet.
   */
  public static boolean amendsCase(Viewer viewer, CaseFacts facts) {
    return viewer.hasRole(Roles.INTAKE)
        || (viewer.hasRole(Roles.INVESTIGATOR) || viewer.hasRole(Roles.SUPERVISOR))
            && facts.isWorkedBy(viewer.username())
        || viewer.hasRole(Roles.SUPERVISOR) && facts.supervisor() == null;
  }

  /** Investigators' notes: those who work or judge cases, and the auditor. */
  public static boolean readsNotes(Viewer viewer) {
    return viewer.hasRole(Roles.INVESTIGATOR)
        || viewer.hasRole(Roles.SUPERVISOR)
        || viewer.hasRole(Roles.DISCIPLINARY_AUTHORITY)
        || viewer.hasRole(Roles.APPEALS_BODY)
        || viewer.hasRole(Roles.AUDITOR);
  }

  /** A file's content: any reader of the case, unless it identifies the complainant. */
  public static boolean readsFileContent(Viewer viewer, CaseFacts facts, boolean identifying) {
    return !identifying || readsComplainantIdentity(viewer, facts);
  }

  /**
   * Whether the viewer reads every identifying file they reach (intake) rather than only those of
   * the cases they work; a search translates this, as it cannot read each case's facts.
   */
  public static boolean readsAllIdentifyingFiles(Viewer viewer) {
    return viewer.hasRole(Roles.INTAKE);
  }

  /** The messages exchanged with the complainant (they may say who the complainant is). */
  public static boolean readsMessages(Viewer viewer, CaseFacts facts) {
    return readsComplainantIdentity(viewer, facts);
  }

  private static boolean readsSealedCases(Viewer viewer) {
    return viewer.sealedCasesUnitMember() || viewer.hasRole(Roles.AUDITOR);
  }

  private static boolean readsClosedCasesOnly(Viewer viewer) {
    return viewer.hasRole(Roles.OVERSIGHT_BOARD) && viewer.roles().size() == 1;
  }

  /** The restrictions evaluated against one case's facts. */
  private record InMemory(CaseFacts facts) implements CaseRestriction.Translator<Boolean> {

    @Override
    public Boolean notNamingOfficer(long officerId) {
      return !facts.namedOfficers().contains(officerId);
    }

    @Override
    public Boolean notNamingUnit(long unitId) {
      return !facts.namedUnits().contains(unitId);
    }

    @Override
    public Boolean notNamingOfficerServingIn(long unitId) {
      return !facts.unitsOfNamedOfficersNow().contains(unitId);
    }

    @Override
    public Boolean notSealed() {
      return !facts.sealed();
    }

    @Override
    public Boolean closedOnly() {
      return facts.closed();
    }
  }
}
