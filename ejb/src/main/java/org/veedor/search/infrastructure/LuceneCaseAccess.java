package org.veedor.search.infrastructure;

import java.util.List;
import java.util.function.LongFunction;
import org.hibernate.search.backend.lucene.search.predicate.dsl.LuceneSearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.CaseRestriction;
import org.veedor.identity.domain.Viewer;

/**
 * The access policy as clauses of a search over the complaint index, so that hits, totals and facet
 * counts never include a case the viewer may not reach. The officers serving in a unit now are read
 * from the database at query time (a transfer takes effect at once, with no reindexing).
 */
public final class LuceneCaseAccess implements CaseRestriction.Translator<Void> {

  private final LuceneSearchPredicateFactory f;
  private final BooleanPredicateClausesStep<?> bool;
  private final LongFunction<List<Long>> officersServingIn;

  private LuceneCaseAccess(
      LuceneSearchPredicateFactory f,
      BooleanPredicateClausesStep<?> bool,
      LongFunction<List<Long>> officersServingIn) {
    this.f = f;
    this.bool = bool;
    this.officersServingIn = officersServingIn;
  }

  /**
   * Adds the viewer's restrictions for the purpose to the boolean predicate.
   *
   * @param officersServingIn the ids of the officers serving in a unit now
   */
  public static void apply(
      Viewer viewer,
      AccessPolicy.Purpose purpose,
      LuceneSearchPredicateFactory f,
      BooleanPredicateClausesStep<?> bool,
      LongFunction<List<Long>> officersServingIn) {
    LuceneCaseAccess translator = new LuceneCaseAccess(f, bool, officersServingIn);
    for (CaseRestriction restriction : AccessPolicy.restrictions(viewer, purpose)) {
      restriction.accept(translator);
    }
  }

  @Override
  public Void notNamingOfficer(long officerId) {
    bool.mustNot(f.match().field(CaseFields.OFFICER_ID).matching(officerId));
    return null;
  }

  @Override
  public Void notNamingUnit(long unitId) {
    bool.mustNot(f.match().field(CaseFields.UNIT_ID).matching(unitId));
    return null;
  }

  @Override
  public Void notNamingOfficerServingIn(long unitId) {
    List<Long> officers = officersServingIn.apply(unitId);
    if (!officers.isEmpty()) {
      bool.mustNot(f.terms().field(CaseFields.OFFICER_ID).matchingAny(officers));
    }
    return null;
  }

  @Override
  public Void notSealed() {
    bool.mustNot(f.match().field(CaseFields.SEALED).matching(true));
    return null;
  }

  @Override
  public Void closedOnly() {
    bool.filter(f.match().field(CaseFields.STATUS).matching("CLOSED"));
    return null;
  }
}
