package io.crosscheck.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A person's title or role, as a structured value.
 *
 * @param office the office, lower case and canonical ("secretary of state", "foreign minister",
 *     "ambassador", "spokesperson", "secretary general")
 * @param rank the rank qualifier: "" for the office itself, or "deputy", "assistant", "under",
 *     "first deputy"
 * @param org the country or organisation, canonical ("united states", "russia", "osce"), or ""
 * @param former true for "former ..." roles, which never conflict with current ones
 * @param acting true for "acting ..."
 */
public record Title(String office, String rank, String org, boolean former, boolean acting) implements ClaimValue {
  public Title {
    Objects.requireNonNull(office, "office");
    rank = rank == null ? "" : rank;
    org = org == null ? "" : org;
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
