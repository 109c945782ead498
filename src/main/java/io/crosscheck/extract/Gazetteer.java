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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
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

  private static final Pattern SPACES = Pattern.compile("\\s+");

  static final Gazetteer STANDARD = load();

  /** Place alias to canonical name. */
  final Map<String, String> places;
  /** Upper-case place alias (a dateline) to canonical name. */
  final Map<String, String> datelines;
  private final Pattern datelinePattern;
  /** Datelines by their first word. */
  private final WordTable<List<String>> datelinesByFirst;
  /** Whether a dateline starts with no word (with a character other than a letter or digit). */
  private final boolean datelineWithoutFirstWord;
  /** Organisation aliases, by alias as written (anaphors by their lower-case form). */
  final Map<String, OrgAlias> orgs;
  /** Place and organisation aliases by their first word: one table, so each word is looked up once. */
  private final WordTable<FirstWord> aliasesByFirst;
  /** The words of the aliases of more than one word ({@link Words#GAZETTEER_FIRST}, ...) and of the others. */
  private final Set<String> firstWordsAlone = new HashSet<>();
  private final Set<String> firstWordsOfLonger = new HashSet<>();
  private final Set<String> secondWords = new HashSet<>();

  /**
   * The aliases starting with one word, longest first: place aliases, and organisation aliases
   * (anaphors in lower case); null when there are none.
   */
  private record FirstWord(List<String> places, List<String> orgs) {}

  private Gazetteer(Map<String, String> places, List<OrgAlias> orgAliases) {
    this.places = Map.copyOf(places);
    Map<String, String> dl = new HashMap<>();
    places.forEach((alias, canon) -> dl.put(alias.toUpperCase(Locale.ROOT), canon));
    this.datelines = Map.copyOf(dl);
    this.datelinePattern = Pattern.compile("^(?:" + alternation(dl.keySet()) + ")(?=\\s*(?:[—–-]|,\\s*[A-Z]))");
    this.datelinesByFirst = new WordTable<>(byFirstWord(dl.keySet()));
    this.datelineWithoutFirstWord = datelinesByFirst.get("") != null;
    Map<String, OrgAlias> o = new HashMap<>();
    List<String> orgKeys = new ArrayList<>();
    for (OrgAlias a : orgAliases) {
      String key = a.anaphor() ? a.alias().toLowerCase(Locale.ROOT) : a.alias();
      o.put(key, a);
      orgKeys.add(key);
    }
    this.orgs = Map.copyOf(o);
    Map<String, List<String>> placesByFirst = byFirstWord(places.keySet());
    Map<String, List<String>> orgsByFirst = byFirstWord(orgKeys);
    Map<String, FirstWord> both = new HashMap<>();
    for (String first : placesByFirst.keySet()) {
      both.put(first, new FirstWord(placesByFirst.get(first), orgsByFirst.get(first)));
    }
    for (String first : orgsByFirst.keySet()) {
      both.putIfAbsent(first, new FirstWord(null, orgsByFirst.get(first)));
    }
    this.aliasesByFirst = new WordTable<>(both);
    List<String> all = new ArrayList<>(places.keySet());
    all.addAll(orgKeys);
    for (String alias : all) {
      List<String> words = words(alias, 2);
      if (words.size() == 1) {
        firstWordsAlone.add(words.get(0));
      } else if (words.size() == 2) {
        firstWordsOfLonger.add(words.get(0));
        secondWords.add(words.get(1));
      }
    }
  }

  /**
   * The first {@code max} words of an alias as {@link Words} finds them (runs of letters and
   * digits), none when it does not start with one (such an alias starts at no word).
   */
  private static List<String> words(String alias, int max) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < alias.length() && out.size() < max) {
      int start = i;
      while (i < alias.length() && Words.isLetterOrDigit(alias.charAt(i))) {
        i++;
      }
      if (i == start) {
        if (start == 0) {
          return out;
        }
        i++;
        continue;
      }
      out.add(alias.substring(start, i));
    }
    return out;
  }

  /** The aliases of one word, as written ({@link Words#GAZETTEER_ALONE}). */
  Set<String> aliasesOfOneWord() {
    return firstWordsAlone;
  }

  /** The first words of the aliases of more than one word, as written ({@link Words#GAZETTEER_FIRST}). */
  Set<String> firstWordsOfLongerAliases() {
    return firstWordsOfLonger;
  }

  /** The second words of the aliases of more than one word, as written ({@link Words#GAZETTEER_SECOND}). */
  Set<String> secondWordsOfAliases() {
    return secondWords;
  }

  /** A gazetteer name found in the text. */
  record Hit(int start, int end, String matched) {}

  /**
   * The gazetteer names written in a document, in text order: place aliases (case-sensitive, whole
   * words) and organisation aliases (case-sensitive, whole words; anaphors in any case, their hit's
   * {@code matched} is the key of {@link #org}). Neither list holds a hit overlapping an earlier one
   * of the same list.
   */
  record Names(List<Hit> places, List<Hit> orgs) {}

  /** The place and organisation aliases written in the document, found in one walk over its words. */
  Names names(Document doc) {
    String text = doc.text();
    Words w = Words.of(doc);
    List<Hit> places = new ArrayList<>();
    List<Hit> orgs = new ArrayList<>();
    int lastPlace = -1;
    int lastOrg = -1;
    for (int i = 0; i < w.size(); i++) {
      int start = w.start(i);
      if (!mayStartAlias(w, i)) {
        continue;
      }
      char c = w.first(i);
      if (start < Math.min(lastPlace, lastOrg) || w.length(i) > MAX_FIRST
          || Words.isLowerCase(c) && (c != 't' || w.length(i) != 3)) {
        continue;
      }
      FirstWord asWritten = aliasesByFirst.get(w, i);
      FirstWord folded = Words.isUpperCase(c) && (asWritten == null || asWritten.places() == null
          || asWritten.orgs() == null) ? aliasesByFirst.getLowerCase(w, i) : null; // "The alliance"
      Hit place = start < lastPlace ? null : hit(text, start, candidates(asWritten, folded, FirstWord::places));
      if (place != null) {
        places.add(place);
        lastPlace = place.end();
      }
      Hit org = start < lastOrg ? null : hit(text, start, candidates(asWritten, folded, FirstWord::orgs));
      if (org != null) {
        orgs.add(org);
        lastOrg = org.end();
      }
    }
    return new Names(places, orgs);
  }

  /**
   * Whether an alias may start at word {@code i}: the word is an alias of one word, or the first
   * word of a longer one followed by the second word of one (in any case). An alias written in the
   * text is the same run of words there.
   */
  private static boolean mayStartAlias(Words w, int i) {
    int c = w.classes(i);
    return (c & Words.GAZETTEER_ALONE) != 0
        || (c & Words.GAZETTEER_FIRST) != 0 && i + 1 < w.size() && (w.classes(i + 1) & Words.GAZETTEER_SECOND) != 0;
  }

  /** The aliases of a word as written, or when it has none, those of the word lower-cased (or null). */
  private static List<String> candidates(FirstWord asWritten, FirstWord folded, Function<FirstWord, List<String>> list) {
    List<String> c = asWritten == null ? null : list.apply(asWritten);
    return c != null || folded == null ? c : list.apply(folded);
  }

  /**
   * The longest of the aliases {@code cands} (or null) written at {@code start}, or null. An alias
   * starting in lower case (an anaphor: "the alliance") matches in any case.
   */
  private static Hit hit(String text, int start, List<String> cands) {
    if (cands == null) {
      return null;
    }
    for (String alias : cands) {
      boolean lower = Character.isLowerCase(alias.charAt(0));
      int end = start + alias.length();
      if (end <= text.length() && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
          && mayEndWith(text.charAt(end - 1), alias.charAt(alias.length() - 1), lower)
          && text.regionMatches(lower, start, alias, 0, alias.length())) {
        return new Hit(start, end, alias); // a name as written, or an anaphor (written in any case) as its key
      }
    }
    return null;
  }

  /**
   * A cheap test before comparing a whole alias: whether its last character {@code a} may match
   * the text's {@code t}. False only when both are ASCII and differ (in case too, unless {@code
   * ignoreCase}), where {@link String#regionMatches(boolean, int, String, int, int)} fails.
   */
  private static boolean mayEndWith(char t, char a, boolean ignoreCase) {
    if (t >= 128 || a >= 128) {
      return true;
    }
    return ignoreCase ? WordTable.asciiLower(t) == WordTable.asciiLower(a) : t == a;
  }

  /**
   * The dateline a paragraph opens with ("VIENNA —", "GENEVA, Switzerland"), or null; the hit's
   * {@code matched} is the key of {@link #datelines}. The pattern of all datelines is only tried
   * on a paragraph whose first word is the first word of one.
   */
  Hit dateline(String text, Document.Paragraph p) {
    int e = p.start();
    while (e < p.end() && Character.isLetterOrDigit(text.charAt(e))) {
      e++;
    }
    if (!datelineWithoutFirstWord && datelinesByFirst.get(text, p.start(), e) == null) {
      return null;
    }
    Matcher m = datelinePattern.matcher(text).region(p.start(), p.end());
    return m.lookingAt() ? new Hit(m.start(), m.end(), m.group()) : null;
  }

  private static final int MAX_FIRST = 40;

  /** Aliases by their first word, longest first. */
  private static Map<String, List<String>> byFirstWord(java.util.Collection<String> aliases) {
    Map<String, List<String>> m = new HashMap<>();
    for (String a : aliases) {
      int e = 0;
      while (e < a.length() && Character.isLetterOrDigit(a.charAt(e))) {
        e++;
      }
      m.computeIfAbsent(a.substring(0, e), k -> new ArrayList<>()).add(a);
    }
    m.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    return m;
  }

  /** The event nouns as written (lower case), one or two words. */
  static java.util.Set<String> eventNouns() {
    return EVENT_NOUNS.keySet();
  }

  /** The canonical activity of an event noun ("meetings" is "meeting"), or null when it is none. */
  static String eventNoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.indexOf(' ') >= 0 || w.indexOf('\t') >= 0 || w.indexOf('\n') >= 0) {
      w = SPACES.matcher(w).replaceAll(" ");
    }
    return EVENT_NOUNS.get(w);
  }

  /** The organisation alias of a hit's {@code matched} text from {@link #orgs}. */
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
