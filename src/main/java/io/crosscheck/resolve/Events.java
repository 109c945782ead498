package io.crosscheck.resolve;

import io.crosscheck.extract.EventContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links the event contexts of one story's claims into the story's events, in time linear in the
 * number of claims (contexts are joined through hash keys, never compared pairwise).
 *
 * <ol>
 *   <li>A context with a venue (place or organisation) and a day joins every context with the
 *       same venue on the same weekday; a city's seated organisations count as its venue, so
 *       "NATO, Wednesday" is "Brussels, Wednesday". Contexts of one venue and weekday but
 *       different calendar dates are split by date.
 *   <li>A context with a venue and no day joins the one event at that venue; with none it makes
 *       one, with several it stays unlinked.
 *   <li>A context with a day and an event noun ("talks on Monday") joins the one event on that
 *       day; with none it makes one, with several it stays unlinked. A bare day ("said on
 *       Thursday": a statement, not a meeting) joins only other bare mentions of that day.
 * </ol>
 *
 * Places and organisations are canonicalised through the alias lexicon ("Organization for
 * Security and Cooperation in Europe" is "OSCE"); event ids are "e1", "e2", ... in the order of
 * the first claim of each event.
 */
final class Events {
  private final List<Event> events = new ArrayList<>();
  private final EventContext[] linked;

  private record Ctx(int claim, String place, String org, String noun, DayOfWeek day, LocalDate date,
                     List<String> venues) {
    boolean hasVenue() {
      return !venues.isEmpty();
    }

    boolean hasDay() {
      return day != null;
    }
  }

  Events(List<EventContext> contexts, Lexicon lex) {
    linked = new EventContext[contexts.size()];
    List<Ctx> ctxs = new ArrayList<>();
    Map<List<String>, Venue> venuesOf = new HashMap<>();
    for (int i = 0; i < contexts.size(); i++) {
      EventContext c = contexts.get(i);
      if (c == null || c.isEmpty()) {
        linked[i] = c == null ? EventContext.NONE : c.withId(null);
        continue;
      }
      ctxs.add(normalise(i, c, lex, venuesOf));
    }
    // cluster id per context (index in ctxs), -1 when unlinked
    int[] of = new int[ctxs.size()];
    java.util.Arrays.fill(of, -1);
    List<List<Integer>> clusters = new ArrayList<>();

    // 1. venue and day: the first context of each venue on each weekday (+1, 0 for none)
    Map<String, int[]> firstOnDay = new HashMap<>();
    UnionFind uf = new UnionFind(ctxs.size());
    for (int k = 0; k < ctxs.size(); k++) {
      Ctx c = ctxs.get(k);
      if (c.hasVenue() && c.hasDay()) {
        for (String v : c.venues()) {
          int[] first = firstOnDay.computeIfAbsent(v, x -> new int[7]);
          int day = c.day().ordinal();
          if (first[day] == 0) {
            first[day] = k + 1;
          } else {
            uf.union(first[day] - 1, k);
          }
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int k = 0; k < ctxs.size(); k++) {
      Ctx c = ctxs.get(k);
      if (c.hasVenue() && c.hasDay()) {
        groups.computeIfAbsent(uf.find(k), x -> new ArrayList<>()).add(k);
      }
    }
    for (List<Integer> g : groups.values()) {
      for (List<Integer> part : splitByDate(g, ctxs)) {
        int id = clusters.size();
        clusters.add(new ArrayList<>());
        for (int k : part) {
          of[k] = id;
          clusters.get(id).add(k);
        }
      }
    }
    // venue -> clusters, day -> clusters (of step 1)
    Map<String, Set<Integer>> venueClusters = new HashMap<>();
    for (int id = 0; id < clusters.size(); id++) {
      for (int k : clusters.get(id)) {
        for (String v : ctxs.get(k).venues()) {
          venueClusters.computeIfAbsent(v, x -> new LinkedHashSet<>()).add(id);
        }
      }
    }
    // 2. venue, no day
    Map<String, Integer> newByVenue = new HashMap<>();
    for (int k = 0; k < ctxs.size(); k++) {
      Ctx c = ctxs.get(k);
      if (!c.hasVenue() || c.hasDay()) {
        continue;
      }
      Set<Integer> found = new LinkedHashSet<>();
      for (String v : c.venues()) {
        found.addAll(venueClusters.getOrDefault(v, Set.of()));
      }
      if (found.size() == 1) {
        of[k] = found.iterator().next();
      } else if (found.isEmpty()) {
        Integer id = null;
        for (String v : c.venues()) {
          id = newByVenue.get(v);
          if (id != null) {
            break;
          }
        }
        if (id == null) {
          id = clusters.size();
          clusters.add(new ArrayList<>());
        }
        for (String v : c.venues()) {
          newByVenue.putIfAbsent(v, id);
        }
        of[k] = id;
      }
      if (of[k] >= 0) {
        clusters.get(of[k]).add(k);
      }
    }
    // 3. day only: an event noun ("talks on Monday") joins the day's one event; a bare day ("said
    // on Thursday") is a statement's day, not a meeting, and gets an event of its own
    Map<DayOfWeek, Set<Integer>> dayClusters = new HashMap<>();
    for (int id = 0; id < clusters.size(); id++) {
      for (int k : clusters.get(id)) {
        if (ctxs.get(k).hasDay()) {
          dayClusters.computeIfAbsent(ctxs.get(k).day(), x -> new LinkedHashSet<>()).add(id);
        }
      }
    }
    LocalDate[] clusterDate = new LocalDate[clusters.size()];
    for (int id = 0; id < clusters.size(); id++) {
      clusterDate[id] = dateOf(clusters.get(id), ctxs);
    }
    Map<String, Integer> newByDay = new HashMap<>();
    for (int k = 0; k < ctxs.size(); k++) {
      Ctx c = ctxs.get(k);
      if (c.hasVenue() || !c.hasDay()) {
        continue;
      }
      Set<Integer> found = new LinkedHashSet<>();
      for (int id : c.noun() == null ? Set.<Integer>of() : dayClusters.getOrDefault(c.day(), Set.of())) {
        if (c.date() == null || clusterDate[id] == null || c.date().equals(clusterDate[id])) {
          found.add(id);
        }
      }
      if (found.size() == 1) {
        of[k] = found.iterator().next();
      } else if (found.isEmpty()) {
        String key = (c.noun() == null ? "bare " : "") + (c.date() != null ? c.date().toString() : c.day().name());
        Integer id = newByDay.get(key);
        if (id == null) {
          id = clusters.size();
          clusters.add(new ArrayList<>());
          newByDay.put(key, id);
        }
        of[k] = id;
      }
      if (of[k] >= 0) {
        clusters.get(of[k]).add(k);
      }
    }
    // ids in order of each event's first claim
    List<Integer> order = new ArrayList<>();
    for (int id = 0; id < clusters.size(); id++) {
      if (!clusters.get(id).isEmpty()) {
        Collections.sort(clusters.get(id));
        order.add(id);
      }
    }
    order.sort((a, b) -> Integer.compare(ctxs.get(clusters.get(a).get(0)).claim(), ctxs.get(clusters.get(b).get(0)).claim()));
    String[] ids = new String[clusters.size()];
    for (int n = 0; n < order.size(); n++) {
      int id = order.get(n);
      ids[id] = "e" + (n + 1);
      events.add(event(ids[id], clusters.get(id), ctxs));
    }
    for (int k = 0; k < ctxs.size(); k++) {
      Ctx c = ctxs.get(k);
      EventContext own = new EventContext(c.place(), c.org(), c.noun(), contexts.get(c.claim()).weekday(),
          c.date(), of[k] >= 0 ? ids[of[k]] : null);
      linked[c.claim()] = own;
    }
  }

  /** The story's events. */
  List<Event> events() {
    return Collections.unmodifiableList(events);
  }

  /** The context of claim {@code i}: place and organisation canonical, id set (or null). */
  EventContext context(int i) {
    return linked[i];
  }

  /** A place and organisation as the lexicon names them, and the venue keys they stand for. */
  private record Venue(String place, String org, List<String> venues) {}

  private static Ctx normalise(int claim, EventContext c, Lexicon lex, Map<List<String>, Venue> cache) {
    List<String> written = java.util.Arrays.asList(c.place(), c.org());
    Venue venue = cache.computeIfAbsent(written, w -> venue(c, lex));
    DayOfWeek day = c.weekday() != null ? c.weekday() : c.date() != null ? c.date().getDayOfWeek() : null;
    String noun = c.noun() == null || c.noun().isBlank() ? null : c.noun().strip().toLowerCase(Locale.ROOT);
    return new Ctx(claim, venue.place(), venue.org(), noun, day, c.date(), venue.venues());
  }

  private static Venue venue(EventContext c, Lexicon lex) {
    String place = null;
    List<String> venues = new ArrayList<>(2);
    if (c.place() != null && !c.place().isBlank()) {
      Lexicon.Entity e = lex.properName(c.place()).orElse(null);
      place = e != null ? e.name() : c.place().strip();
      venues.add("place:" + (e != null ? e.id() : Keys.key(place)));
      if (e != null) {
        for (String seat : e.seatOf()) {
          venues.add("org:" + seat);
        }
      }
    }
    String org = null;
    if (c.org() != null && !c.org().isBlank()) {
      Lexicon.Entity e = lex.entity(c.org()).orElse(null);
      org = e != null ? e.name() : c.org().strip();
      String v = "org:" + (e != null ? e.id() : Keys.key(org));
      if (!venues.contains(v)) {
        venues.add(v);
      }
    }
    return new Venue(place, org, List.copyOf(venues));
  }

  /** Members of one venue and weekday, split when they carry different calendar dates. */
  private static List<List<Integer>> splitByDate(List<Integer> group, List<Ctx> ctxs) {
    Map<LocalDate, List<Integer>> byDate = new LinkedHashMap<>();
    List<Integer> undated = new ArrayList<>();
    for (int k : group) {
      LocalDate d = ctxs.get(k).date();
      if (d == null) {
        undated.add(k);
      } else {
        byDate.computeIfAbsent(d, x -> new ArrayList<>()).add(k);
      }
    }
    if (byDate.size() <= 1) {
      return List.of(group);
    }
    // undated members cannot tell which date they mean: they stay unlinked
    return new ArrayList<>(byDate.values());
  }

  private static LocalDate dateOf(List<Integer> cluster, List<Ctx> ctxs) {
    for (int k : cluster) {
      if (ctxs.get(k).date() != null) {
        return ctxs.get(k).date();
      }
    }
    return null;
  }

  private static Event event(String id, List<Integer> members, List<Ctx> ctxs) {
    String place = mostCommon(members, ctxs, Ctx::place);
    String org = mostCommon(members, ctxs, Ctx::org);
    String noun = mostCommon(members, ctxs, Ctx::noun);
    DayOfWeek day = null;
    LocalDate date = null;
    for (int k : members) {
      Ctx c = ctxs.get(k);
      if (day == null) {
        day = c.day();
      }
      if (date == null) {
        date = c.date();
      }
    }
    String label = new EventContext(place, org, noun, day, date, id).label();
    return new Event(id, label, place, org, noun, day, date);
  }

  private static String mostCommon(List<Integer> members, List<Ctx> ctxs, java.util.function.Function<Ctx, String> f) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int k : members) {
      String v = f.apply(ctxs.get(k));
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    String best = null;
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }
}
