package io.crosscheck.rules;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.ClaimKind;
import io.crosscheck.extract.ClaimValue;
import io.crosscheck.extract.Duration;
import io.crosscheck.extract.Interval;
import io.crosscheck.extract.Quantity;
import io.crosscheck.resolve.ResolvedStory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds the rule facts of a story: claims stating the same value about the same subject,
 * attribute and event become one {@link ClaimGroup}; figures whose ranges overlap are one group
 * too (restatements), over the hull of their ranges. Near-linear in the number of claims.
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
    // claims with one slot and one value key; slots in first-seen order
    Map<Slot, Map<String, List<Claim>>> bySlot = new LinkedHashMap<>();
    for (Claim c : story.claims()) {
      bySlot.computeIfAbsent(slot(c), k -> new LinkedHashMap<>())
          .computeIfAbsent(c.normalized().key(), k -> new ArrayList<>(2))
          .add(c);
    }
    List<ClaimGroup> out = new ArrayList<>(story.claims().size());
    int n = 0;
    for (Map<String, List<Claim>> byValue : bySlot.values()) {
      List<List<Claim>> exact = new ArrayList<>(byValue.values());
      // figures about one thing whose ranges overlap restate each other ("four hour-long" and
      // "nearly four hours"): one group, whose range is their hull
      for (List<Claim> cs : numeric(exact.get(0).get(0)) ? mergeOverlapping(exact) : exact) {
        Claim first = cs.get(0);
        ClaimValue value = cs.size() == 1 || !numeric(first) ? first.normalized() : hull(cs);
        TreeSet<String> articles = new TreeSet<>();
        cs.forEach(c -> articles.add(c.article()));
        out.add(new ClaimGroup(
            groupId(++n), story.story(), first.kind().id(), first.subject(), first.attribute(),
            value.key(), first.event().id(), first.event().label(), commonest(cs), value, cs,
            new ArrayList<>(articles)));
      }
    }
    return out;
  }

  /** "g00001", "g00002", ...: ids that sort in creation order. */
  private static String groupId(int n) {
    String digits = Integer.toString(n);
    return digits.length() >= 5 ? "g" + digits : "g" + "0".repeat(5 - digits.length()) + digits;
  }

  /**
   * What a claim is about, without its value: kind, subject, attribute and, for figures and days,
   * the event (a person's title or words do not change from one event to the next).
   */
  private static Slot slot(Claim c) {
    boolean perEvent = c.kind() != ClaimKind.TITLE && c.kind() != ClaimKind.QUOTE;
    String event = perEvent && c.event().id() != null ? c.event().id() : "";
    return switch (c.normalized()) {
      case Quantity q -> new Slot(c.kind(), c.subject(), c.attribute(), event, q.unit(), false, false);
      case Duration d -> new Slot(c.kind(), c.subject(), c.attribute(), event, d.activity(), d.planned(), d.relative());
      default -> new Slot(c.kind(), c.subject(), c.attribute(), event, "", false, false);
    };
  }

  /** The parts of {@link #slot}: a figure's unit, or a duration's activity and whether it is planned or relative. */
  private record Slot(ClaimKind kind, String subject, String attribute, String event, String measure, boolean planned,
      boolean relative) {}

  private static boolean numeric(Claim c) {
    return c.normalized() instanceof Quantity || c.normalized() instanceof Duration;
  }

  private static Interval interval(Claim c) {
    return c.normalized() instanceof Quantity q ? q.value() : ((Duration) c.normalized()).seconds();
  }

  /** Chains of overlapping ranges become one list of claims each (a sweep by lower bound). */
  private static List<List<Claim>> mergeOverlapping(List<List<Claim>> exact) {
    if (exact.size() < 2) {
      return exact;
    }
    List<List<Claim>> sorted = new ArrayList<>(exact);
    sorted.sort(java.util.Comparator.comparingDouble((List<Claim> g) -> interval(g.get(0)).lo()));
    List<List<Claim>> out = new ArrayList<>();
    List<Claim> current = new ArrayList<>(sorted.get(0));
    Interval span = interval(current.get(0));
    for (int i = 1; i < sorted.size(); i++) {
      Interval next = interval(sorted.get(i).get(0));
      if (span.overlaps(next)) {
        current.addAll(sorted.get(i));
        span = new Interval(span.lo(), Math.max(span.hi(), next.hi()), span.loOpen(),
            next.hi() > span.hi() ? next.hiOpen() : span.hiOpen());
      } else {
        out.add(current);
        current = new ArrayList<>(sorted.get(i));
        span = next;
      }
    }
    out.add(current);
    // keep the story's first-seen order, so group ids follow the text
    Map<Claim, Integer> seen = new java.util.IdentityHashMap<>();
    for (int i = 0; i < exact.size(); i++) {
      for (Claim c : exact.get(i)) {
        seen.put(c, i);
      }
    }
    out.sort(java.util.Comparator.comparingInt(g -> g.stream().mapToInt(seen::get).min().orElse(0)));
    return out;
  }

  /** The value of a merged group: the first claim's, over the hull of every claim's range. */
  private static ClaimValue hull(List<Claim> cs) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    boolean loOpen = false;
    boolean hiOpen = false;
    boolean vague = true;
    for (Claim c : cs) {
      Interval i = interval(c);
      if (i.lo() < lo || (i.lo() == lo && !i.loOpen())) {
        loOpen = i.lo() < lo ? i.loOpen() : loOpen && i.loOpen();
        lo = i.lo();
      }
      if (i.hi() > hi || (i.hi() == hi && !i.hiOpen())) {
        hiOpen = i.hi() > hi ? i.hiOpen() : hiOpen && i.hiOpen();
        hi = i.hi();
      }
      vague &= c.normalized() instanceof Quantity q && q.vague();
    }
    Interval span = new Interval(lo, hi, loOpen, hiOpen);
    return switch (cs.get(0).normalized()) {
      case Quantity q -> new Quantity(span, q.unit(), q.qualifier(), vague);
      case Duration d -> new Duration(span, d.activity(), d.qualifier(), d.planned(), d.relative());
      default -> throw new IllegalArgumentException("not a figure");
    };
  }
}
