package io.crosscheck.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The places and organisations event contexts are built from, read once from {@code places.txt}
 * and {@code orgs.txt} next to this class (see those files for their format), and the event
 * nouns ("talks", "meeting", ...) every extractor shares.
 */
final class Gazetteer {
  /** An organisation alias: its canonical name, whether it names a meeting format, whether it is an anaphor. */
  record OrgAlias(String canonical, String alias, boolean body, boolean anaphor) {}

  /** Event nouns: surface form (lower case) to canonical activity. */
  private static final Map<String, String> EVENT_NOUNS = Map.ofEntries(
      Map.entry("talks", "talks"),
      Map.entry("meeting", "meeting"),
      Map.entry("meetings", "meeting"),
      Map.entry("session", "session"),
      Map.entry("sessions", "session"),
      Map.entry("summit", "summit"),
      Map.entry("summits", "summit"),
      Map.entry("dinner", "dinner"),
      Map.entry("lunch", "lunch"),
      Map.entry("conversation", "conversation"),
      Map.entry("conversations", "conversation"),
      Map.entry("negotiations", "negotiations"),
      Map.entry("discussions", "discussions"),
      Map.entry("consultations", "consultations"),
      Map.entry("gathering", "gathering"),
      Map.entry("conference", "conference"),
      Map.entry("press conference", "press conference"),
      Map.entry("news conference", "press conference"));

  /** A regex alternative matching the event nouns (case-insensitive use). */
  static final String EVENT_NOUN_RE =
      "(?:(?:press|news)\\s+conference|talks|meetings?|sessions?|summits?|dinner|lunch|conversations?"
          + "|negotiations|discussions|consultations|gathering|conference)";

  static final Pattern EVENT_NOUN = Pattern.compile("\\b" + EVENT_NOUN_RE + "\\b", Pattern.CASE_INSENSITIVE);

  static final Gazetteer STANDARD = load();

  /** Place alias to canonical name. */
  final Map<String, String> places;
  /** Upper-case place alias (a dateline) to canonical name. */
  final Map<String, String> datelines;
  final Pattern placePattern;
  final Pattern datelinePattern;
  /** Organisation aliases, by alias as written (anaphors by their lower-case form). */
  final Map<String, OrgAlias> orgs;
  final Pattern orgPattern;

  private Gazetteer(Map<String, String> places, List<OrgAlias> orgAliases) {
    this.places = Map.copyOf(places);
    Map<String, String> dl = new HashMap<>();
    places.forEach((alias, canon) -> dl.put(alias.toUpperCase(Locale.ROOT), canon));
    this.datelines = Map.copyOf(dl);
    this.placePattern = Pattern.compile("\\b(?:" + alternation(places.keySet()) + ")\\b");
    this.datelinePattern = Pattern.compile("^(?:" + alternation(dl.keySet()) + ")(?=\\s*(?:[—–-]|,\\s*[A-Z]))");
    Map<String, OrgAlias> o = new HashMap<>();
    List<String> exact = new ArrayList<>();
    List<String> anaphors = new ArrayList<>();
    for (OrgAlias a : orgAliases) {
      if (a.anaphor()) {
        o.put(a.alias().toLowerCase(Locale.ROOT), a);
        anaphors.add(a.alias());
      } else {
        o.put(a.alias(), a);
        exact.add(a.alias());
      }
    }
    this.orgs = Map.copyOf(o);
    String ana = anaphors.isEmpty() ? "" : "|(?i:" + alternation(anaphors) + ")";
    this.orgPattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation(exact) + ana + ")(?![\\p{L}\\p{N}])");
  }

  /** The canonical activity of an event noun ("meetings" is "meeting"), or null when it is none. */
  static String eventNoun(String word) {
    return EVENT_NOUNS.get(word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
  }

  /** The organisation alias as matched by {@link #orgPattern}. */
  OrgAlias org(String matched) {
    OrgAlias a = orgs.get(matched);
    return a != null ? a : orgs.get(matched.toLowerCase(Locale.ROOT));
  }

  private static String alternation(java.util.Collection<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  private static Gazetteer load() {
    Map<String, String> places = new HashMap<>();
    for (List<String> line : read("places.txt")) {
      for (String alias : line) {
        places.put(alias, line.get(0));
      }
    }
    List<OrgAlias> orgs = new ArrayList<>();
    for (List<String> line : read("orgs.txt")) {
      String canonical = clean(line.get(0));
      for (String raw : line) {
        boolean anaphor = raw.startsWith("~");
        boolean body = raw.endsWith("*");
        orgs.add(new OrgAlias(canonical, clean(raw), body, anaphor));
      }
    }
    return new Gazetteer(places, orgs);
  }

  private static String clean(String alias) {
    String s = alias.startsWith("~") ? alias.substring(1) : alias;
    return s.endsWith("*") ? s.substring(0, s.length() - 1) : s;
  }

  private static List<List<String>> read(String name) {
    List<List<String>> out = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        for (String p : t.split("\\|")) {
          if (!p.isBlank()) {
            parts.add(p.strip());
          }
        }
        out.add(parts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
