package org.veedor.officers.domain;

/** Police ranks, from the lowest. Personnel systems' own rank names are mapped onto these. */
public enum Rank {
  OFFICER,
  CORPORAL,
  SERGEANT,
  LIEUTENANT,
  CAPTAIN,
  MAJOR,
  COMMANDER,
  CHIEF
}
