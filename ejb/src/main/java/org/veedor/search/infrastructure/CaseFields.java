package org.veedor.search.infrastructure;

/** The fields of the complaint and officer indexes, by name. */
public final class CaseFields {

  public static final String COMPLAINT_INDEX = "complaint";
  public static final String OFFICER_INDEX = "officer";

  public static final String REFERENCE = "reference";
  public static final String NARRATIVE = "narrative";
  public static final String NARRATIVE_PREFIX = "narrative_";
  public static final String LANGUAGE = "language";

  /** The text of the case's files (one value per file), and by language as the narrative. */
  public static final String FILES = "files";

  /**
   * The text of the case's files that identify the complainant, kept apart from {@link #FILES} so
   * that only readers of the complainant's identity search and see it.
   */
  public static final String IDENTIFYING_FILES = "identifyingFiles";

  /** The users who work the case (its investigator and supervisor). */
  public static final String WORKERS = "workers";

  /** The latest version of each investigator's note, and by language. */
  public static final String NOTES = "notes";

  public static final String PLACE = "place";

  /**
   * The names a complaint holds, by their sound: the words written with a capital in its narrative
   * and place, and its officers' names, so that a name found in free text meets its other
   * spellings.
   */
  public static final String NAMES_SOUND = "namesSound";

  public static final String OFFICERS = "officers";
  public static final String BADGE = "badge";
  public static final String CATEGORY = "category";
  public static final String CATEGORY_GROUP = "categoryGroup";
  public static final String STATUS = "status";
  public static final String CHANNEL = "channel";
  public static final String TERRITORY = "territory";
  public static final String UNIT = "unit";
  public static final String UNIT_TREE = "unitTree";
  public static final String YEAR = "year";
  public static final String RECEIVED_AT = "receivedAt";

  /** The calendar day of receipt in the record's zone: the day the reports' periods cut by. */
  public static final String RECEIVED_ON = "receivedOn";

  /** {@code YES} when the complaint has a day of closure (as the reports count closed), else NO. */
  public static final String CLOSED = "closed";

  /** The final findings of the complaint's allegations ({@code UNDECIDED} while none). */
  public static final String FINDING = "finding";

  /**
   * How many of the complaint's allegations hold each finding, as {@code SUSTAINED=2}: counted over
   * the complaints found, the allegations behind a report's figure ({@link #tally}).
   */
  public static final String FINDING_TALLY = "findingTally";

  public static final String INCIDENT_DATE = "incidentDate";
  public static final String OFFICER_ID = "officerId";
  public static final String UNIT_ID = "unitId";
  public static final String SEALED = "sealed";

  public static final String NAME = "name";
  public static final String NAME_SORT = "nameSort";
  public static final String RANK = "rank";
  public static final String OFFICER_STATUS = "officerStatus";
  public static final String CURRENT_UNIT = "currentUnit";

  private CaseFields() {}

  /** A text field analysed as one language: {@code narrative_es}, {@code files_pt}. */
  public static String in(String field, String language) {
    return field + "_" + language;
  }

  /** A value of {@link #FINDING_TALLY}: a finding and how many allegations hold it. */
  public static String tally(String finding, int allegations) {
    return finding + "=" + allegations;
  }

  /** The field of the narrative analysed as one language. */
  public static String narrativeIn(String language) {
    return NARRATIVE_PREFIX + language;
  }
}
