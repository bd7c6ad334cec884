package org.veedor.intake.domain;

import java.util.Comparator;

/**
 * Which of a complaint's allegations weighs most, for triage and sanction: a death first, then
 * serious allegations before others, then by family (corruption, use of force, rights, conduct),
 * then in the taxonomy's order.
 */
public final class Seriousness {

  public static final Comparator<AllegationCategory> MOST_SERIOUS_FIRST =
      Comparator.comparing((AllegationCategory c) -> !c.code().equals("UNLAWFUL_KILLING"))
          .thenComparing(c -> !c.isSerious())
          .thenComparing(AllegationCategory::group)
          .thenComparing(c -> c.id() == null ? Long.MAX_VALUE : c.id());

  private Seriousness() {}
}
