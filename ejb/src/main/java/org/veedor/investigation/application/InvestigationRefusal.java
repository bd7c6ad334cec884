package org.veedor.investigation.application;

import org.veedor.platform.MessageKey;

/** Why an investigation's task refuses its form, as message keys. */
public enum InvestigationRefusal implements MessageKey {
  NO_SUCH_INVESTIGATOR("investigation.refusal.noSuchInvestigator"),
  INVESTIGATOR_MAY_NOT_WORK_CASE("investigation.refusal.investigatorMayNotWorkCase"),
  SPECIAL_UNIT_MEMBERS_ONLY("investigation.refusal.specialUnitMembersOnly"),
  FINDING_NEEDED("investigation.refusal.findingNeeded"),
  NO_SUCH_ALLEGATION("investigation.refusal.noSuchAllegation"),
  SAY_WHAT_TO_REDO("investigation.refusal.sayWhatToRedo"),
  OWN_FINDINGS("investigation.refusal.ownFindings"),
  SAME_INVESTIGATOR("investigation.refusal.sameInvestigator"),
  NO_HEAD_OF_UNIT("investigation.refusal.noHeadOfUnit"),
  YOU_HEAD_THE_UNIT("investigation.refusal.youHeadTheUnit"),
  HEAD_MAY_NOT_WORK_CASE("investigation.refusal.headMayNotWorkCase"),
  ALREADY_ESCALATED("investigation.refusal.alreadyEscalated");

  private final String key;

  InvestigationRefusal(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
