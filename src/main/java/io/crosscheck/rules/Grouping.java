package io.crosscheck.rules;

import io.crosscheck.extract.Claim;
import io.crosscheck.resolve.ResolvedStory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds the rule facts of a story: claims stating the same value about the same subject,
 * attribute and event become one {@link ClaimGroup}. Linear in the number of claims.
 */
public final class Grouping {
  private Grouping() {}

  /** The most frequent way the group's value is written (the first of equals), for messages. */
  static String commonest(List<Claim> claims) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Claim c : claims) {
      counts.merge(c.value(), 1, Integer::sum);
    }
    String best = claims.get(0).value();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  public static List<ClaimGroup> groups(ResolvedStory story) {
    Map<String, List<Claim>> byKey = new LinkedHashMap<>();
    for (Claim c : story.claims()) {
      String event = c.event().id() == null ? "" : c.event().id();
      String key = c.kind().id() + "\u0000" + c.subject() + "\u0000" + c.attribute() + "\u0000" + event + "\u0000"
          + c.normalized().key();
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    List<ClaimGroup> out = new ArrayList<>(byKey.size());
    int n = 0;
    for (List<Claim> cs : byKey.values()) {
      Claim first = cs.get(0);
      TreeSet<String> articles = new TreeSet<>();
      cs.forEach(c -> articles.add(c.article()));
      out.add(new ClaimGroup(
          String.format("g%05d", ++n), story.story(), first.kind().id(), first.subject(), first.attribute(),
          first.normalized().key(), first.event().id(), first.event().label(), commonest(cs), first.normalized(), cs,
          new ArrayList<>(articles)));
    }
    return out;
  }
}
