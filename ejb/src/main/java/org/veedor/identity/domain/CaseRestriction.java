package org.veedor.identity.domain;

/**
 * One condition a case must meet for a viewer to reach it, as {@link AccessPolicy} decides it. Each
 * way of reading cases (JPQL, Lucene, report SQL, rollups, memory) translates every kind through a
 * {@link Translator}, so a new kind of restriction cannot be forgotten by any of them: it would not
 * compile.
 */
public sealed interface CaseRestriction {

  <R> R accept(Translator<R> translator);

  /** One way of reading cases, told how to express each restriction. */
  interface Translator<R> {

    /** No allegation of the case names this officer (the viewer's own record). */
    R notNamingOfficer(long officerId);

    /** No allegation of the case names this unit (the unit on the incident date). */
    R notNamingUnit(long unitId);

    /** No allegation names an officer serving in this unit now (an open assignment). */
    R notNamingOfficerServingIn(long unitId);

    /** The case is not sealed. */
    R notSealed();

    /** The case is closed. */
    R closedOnly();
  }

  /** The viewer's own officer record is named. */
  record NotNamingOfficer(long officerId) implements CaseRestriction {
    @Override
    public <R> R accept(Translator<R> translator) {
      return translator.notNamingOfficer(officerId);
    }
  }

  /** The viewer's unit is named as the unit of an allegation. */
  record NotNamingUnit(long unitId) implements CaseRestriction {
    @Override
    public <R> R accept(Translator<R> translator) {
      return translator.notNamingUnit(unitId);
    }
  }

  /** An officer serving in the viewer's unit today is named. */
  record NotNamingOfficerServingIn(long unitId) implements CaseRestriction {
    @Override
    public <R> R accept(Translator<R> translator) {
      return translator.notNamingOfficerServingIn(unitId);
    }
  }

  /** Sealed cases stay with the sealed-cases unit and the auditor. */
  record NotSealed() implements CaseRestriction {
    @Override
    public <R> R accept(Translator<R> translator) {
      return translator.notSealed();
    }
  }

  /** Open cases are not the viewer's to read. */
  record ClosedOnly() implements CaseRestriction {
    @Override
    public <R> R accept(Translator<R> translator) {
      return translator.closedOnly();
    }
  }
}
