package io.crosscheck.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A person's title or role, as a structured value.
 *
 * <p>Extraction fills it with the words as written, lower-cased (office "spokesman", rank "vice",
 * org "u.s." or "polish"); resolution turns them into canonical forms from its lexicon
 * ("spokesperson", "deputy", "united states", "poland").
 *
 * <p>A deputy named only through a principal ("Blinken's deputy Wendy Sherman") has the office
 * {@code "deputy to <principal's surname>"} in lower case ("deputy to blinken"), an empty rank and
 * an empty org: resolution reads it as the principal's office at rank deputy.
 *
 * @param office the office without rank or org, lower case ("secretary of state", "foreign
 *     minister", "ambassador", "spokesperson", "secretary general"), or "deputy to <surname>"
 * @param rank the rank qualifier: "" for the office itself, or "deputy", "assistant", "under",
 *     "first deputy"
 * @param org the country or organisation ("united states", "russia", "osce"), or ""
 * @param former true for "former ..." roles, which never conflict with current ones
 * @param acting true for "acting ..."
 */
public record Title(String office, String rank, String org, boolean former, boolean acting) implements ClaimValue {
  public Title {
    Objects.requireNonNull(office, "office");
    rank = rank == null ? "" : rank;
    org = org == null ? "" : org;
  }

  /**
   * Written out rather than generated: titles are hash keys of the resolver's caches, and the
   * generated method goes through method-handle guards on every call. Same components compared
   * as the record's own equals.
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Title t && former == t.former && acting == t.acting
        && office.equals(t.office) && rank.equals(t.rank) && org.equals(t.org);
  }

  /** The record's own hash (components combined as {@code 31 * h + c} in order), so hashed orders stay. */
  @Override
  public int hashCode() {
    int h = office.hashCode();
    h = 31 * h + rank.hashCode();
    h = 31 * h + org.hashCode();
    h = 31 * h + Boolean.hashCode(former);
    return 31 * h + Boolean.hashCode(acting);
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.TITLE;
  }

  @Override
  public Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("office", office);
    if (!rank.isEmpty()) {
      m.put("rank", rank);
    }
    if (!org.isEmpty()) {
      m.put("org", org);
    }
    if (former) {
      m.put("former", true);
    }
    if (acting) {
      m.put("acting", true);
    }
    return m;
  }

  @Override
  public String key() {
    return (former ? "former " : "") + (rank.isEmpty() ? "" : rank + " ") + office + (org.isEmpty() ? "" : " @" + org);
  }
}
