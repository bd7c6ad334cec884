-- The seeded taxonomy of allegation categories (DOMAIN.md). Editable later: new categories get
-- ids from allegation_category_seq, which starts above these.
insert into allegation_category (id, code, category_group, serious, active, version) values
  (1, 'BRIBERY', 'CORRUPTION', true, true, 0),
  (2, 'EXTORTION', 'CORRUPTION', true, true, 0),
  (3, 'COLLUSION_WITH_ORGANIZED_CRIME', 'CORRUPTION', true, true, 0),
  (4, 'DRUG_TRAFFICKING_INVOLVEMENT', 'CORRUPTION', true, true, 0),
  (5, 'THEFT_OF_SEIZED_PROPERTY', 'CORRUPTION', true, true, 0),
  (6, 'MONEY_LAUNDERING', 'CORRUPTION', true, true, 0),
  (7, 'FALSIFICATION_OF_EVIDENCE', 'CORRUPTION', true, true, 0),
  (8, 'PROTECTION_OF_ILLEGAL_ACTIVITY', 'CORRUPTION', true, true, 0),
  (9, 'EXCESSIVE_FORCE', 'USE_OF_FORCE', true, true, 0),
  (10, 'TORTURE_OR_ILL_TREATMENT', 'USE_OF_FORCE', true, true, 0),
  (11, 'UNLAWFUL_KILLING', 'USE_OF_FORCE', true, true, 0),
  (12, 'UNLAWFUL_ARREST_OR_DETENTION', 'RIGHTS', true, true, 0),
  (13, 'UNLAWFUL_SEARCH', 'RIGHTS', false, true, 0),
  (14, 'DISCRIMINATION', 'RIGHTS', false, true, 0),
  (15, 'THREATS_OR_INTIMIDATION', 'RIGHTS', false, true, 0),
  (16, 'ABUSE_OF_AUTHORITY', 'CONDUCT', false, true, 0),
  (17, 'DISCOURTESY', 'CONDUCT', false, true, 0),
  (18, 'NEGLECT_OF_DUTY', 'CONDUCT', false, true, 0);
alter sequence allegation_category_seq restart with 101;
