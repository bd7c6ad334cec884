package org.veedor.investigation.application;

/** What the supervisor does with an investigation past its deadline. */
public enum OverdueAction {
  /** More days for the same investigator; the reminder and the deadline timers follow. */
  EXTEND,
  /** Another investigator takes the case over, with days of their own. */
  REASSIGN,
  /**
   * The head of the unit decides (extend or reassign) in a task of their own; the deadline stays
   * passed until they do.
   */
  ESCALATE;

  /** What the head of the unit may decide: everything but escalating again. */
  public static java.util.List<OverdueAction> forTheHead() {
    return java.util.List.of(EXTEND, REASSIGN);
  }
}
