package io.crosscheck.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person names: telling a name from other subjects, splitting it into given name, middle names
 * and surname, and the spelling-tolerant comparisons resolution uses.
 */
final class Names {
  private Names() {}

  /**
   * A person's name as an article writes it, honorifics and titles removed, with the keys
   * clustering compares it by. The keys follow from the first four components and are made once
   * with the name (names are cached and compared many times); use the four-argument constructor.
   *
   * @param display the name as written ("Wendy R. Sherman", "Lavrov")
   * @param given the given name ("Wendy"; "W" for an initial), or "" for a surname alone
   * @param middle the middle names or initials, first letters folded ("r")
   * @param surname the surname as written ("Sherman", "van der Leyen")
   * @param key the key of the name as written: equal for one spelling
   * @param surnameKey the surname folded ({@link Keys#fold})
   * @param givenSpelling the given name's {@link #translit} key
   * @param surnameSpelling the surname's {@link #translit} key
   */
  record PersonName(String display, String given, String middle, String surname, String key, String surnameKey,
                    String givenSpelling, String surnameSpelling) {
    PersonName(String display, String given, String middle, String surname) {
      this(display, given, middle, surname, nameKey(given, middle, surname), Keys.fold(surname), translit(given),
          translit(surname));
    }

    boolean hasGiven() {
      return !given.isEmpty();
    }

    /** A given name written out, not an initial. */
    boolean hasFullGiven() {
      return given.length() > 1;
    }
  }

  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'\\-]*\\.?");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
  private static final Set<String> PARTICLES =
      Set.of("de", "da", "di", "du", "van", "von", "der", "den", "del", "della", "dos", "bin", "ibn", "al", "la", "le", "st");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  private static final Set<String> CONNECTORS = Set.of("of", "for", "to", "at", "the", "and", "in", "on");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * The person a subject names, or null when it is not a person's name ("Russian troops",
   * "OSCE", "meeting in Vienna", "Atlantic Council"). Titles, honorifics and a possessive are
   * dropped: "Russia's Foreign Minister Sergei Lavrov", "Mr. Lavrov's".
   */
  static PersonName parse(String subject, Lexicon lex) {
    if (subject == null || subject.isBlank()) {
      return null;
    }
    String s = SPACES.matcher(subject.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ')).replaceAll(" ").strip();
    if (s.indexOf(',') >= 0) {
      for (String part : s.split(",")) {
        PersonName p = parse(part, lex);
        if (p != null) {
          return p;
        }
      }
      return null;
    }
    String key = Keys.key(s);
    if (key.isEmpty() || lex.entityByKey(key) != null) {
      return null;
    }
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2).strip();
    } else if (s.endsWith("'")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    List<String> words = new ArrayList<>(List.of(s.split(" ")));
    // titles, organisations and honorifics before the name
    int from = 0;
    boolean dropped = false;
    while (from < words.size() - 1) {
      int skip = leadingWords(words, from, lex);
      if (skip == 0) {
        break;
      }
      from += skip;
      dropped = true;
    }
    if (from >= words.size()) {
      return null;
    }
    List<String> name = new ArrayList<>(words.subList(from, words.size()));
    // suffixes after the surname
    while (name.size() > 1 && SUFFIXES.contains(Keys.key(name.get(name.size() - 1)))) {
      name.remove(name.size() - 1);
    }
    for (int i = 0; i < name.size(); i++) {
      String w = name.get(i);
      String k = Keys.key(w);
      boolean particle = i > 0 && i < name.size() - 1 && PARTICLES.contains(k);
      if (!particle && !NAME_WORD.matcher(w).matches()) {
        return null;
      }
      if (lex.isNotPersonWord(k)) {
        return null;
      }
    }
    if (name.size() > 5) {
      return null;
    }
    String nameKey = Keys.key(String.join(" ", name));
    if (lex.entityByKey(nameKey) != null) {
      return null;
    }
    boolean allTitle = true;
    for (String w : name) {
      String k = Keys.key(w);
      if (!lex.isTitleWord(k) && !lex.isHonorific(k)) {
        allTitle = false;
        break;
      }
    }
    if (allTitle) {
      return null;
    }
    if (name.size() == 1 && (lex.entityByKey(nameKey) != null || INITIAL.matcher(name.get(0)).matches())) {
      return null;
    }
    String alias = lex.personAlias(nameKey);
    if (alias != null) {
      PersonName p = parse(alias, lex);
      if (p != null) {
        return p;
      }
    }
    return split(name);
  }

  /** A name written in any case, not checked ("blinken", "antony blinken"): a principal named in a title. */
  static PersonName ofWords(String text) {
    List<String> words = new ArrayList<>(List.of(SPACES.matcher(text.strip()).replaceAll(" ").split(" ")));
    words.removeIf(String::isEmpty);
    if (words.isEmpty()) {
      return null;
    }
    return split(words);
  }

  /** How many words at {@code from} are titles, honorifics, organisations or connectors. */
  private static int leadingWords(List<String> words, int from, Lexicon lex) {
    // the longest organisation or country name ("White House", "U.S.", "Russia's")
    for (int end = Math.min(words.size() - 1, from + 6); end > from; end--) {
      String k = Keys.key(String.join(" ", words.subList(from, end)));
      if (lex.entityByKey(k) != null) {
        return end - from;
      }
    }
    String w = words.get(from);
    String k = Keys.key(w);
    if (lex.isHonorific(k) || lex.isTitleWord(k)) {
      return 1;
    }
    if ((w.endsWith("'s") || w.endsWith("'")) && from + 1 < words.size() - 1) {
      // a possessive description before the name ("Blinken's deputy Wendy Sherman")
      return 1;
    }
    if (CONNECTORS.contains(k) && from + 1 < words.size() - 1) {
      return 1;
    }
    if (Character.isLowerCase(w.charAt(0)) && !PARTICLES.contains(k)) {
      // a lower-case description before the name ("said", "former defense official")
      return 1;
    }
    return 0;
  }

  /** The {@link PersonName#key} of a name written as these words (without making the name's other keys). */
  static String nameKey(List<String> words) {
    Parts p = parts(words);
    return nameKey(p.given(), p.middle(), p.surname());
  }

  private static String nameKey(String given, String middle, String surname) {
    return Keys.fold(given + " " + middle + " " + surname).strip();
  }

  private static PersonName split(List<String> name) {
    Parts p = parts(name);
    return new PersonName(p.display(), p.given(), p.middle(), p.surname());
  }

  /** A name's words split into given name, middle initials and surname. */
  private record Parts(String display, String given, String middle, String surname) {}

  private static Parts parts(List<String> name) {
    String display = String.join(" ", name);
    if (name.size() == 1) {
      return new Parts(display, "", "", name.get(0));
    }
    int surnameFrom = name.size() - 1;
    while (surnameFrom > 1 && PARTICLES.contains(Keys.key(name.get(surnameFrom - 1)))) {
      surnameFrom--;
    }
    String given = stripPeriod(name.get(0));
    StringBuilder middle = new StringBuilder();
    for (int i = 1; i < surnameFrom; i++) {
      String m = Keys.fold(stripPeriod(name.get(i)));
      if (!m.isEmpty()) {
        if (middle.length() > 0) {
          middle.append(' ');
        }
        middle.append(m.charAt(0));
      }
    }
    String surname = String.join(" ", name.subList(surnameFrom, name.size()));
    return new Parts(display, given, middle.toString(), surname);
  }

  private static String stripPeriod(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  // ------------------------------------------------------------------ spelling

  /**
   * A spelling key that transliteration variants share: folded, "x" as "ks", "kh" as "h", "ph"
   * as "f", "w" as "v", "y" as "i", double letters single, a leading "ye" as "e" and a final
   * consonant + "er" as consonant + "r". Sergei and Sergey, Ryabkov and Riabkov, Alexander and
   * Aleksandr, Yevhenii and Yevheniy share one.
   */
  static String translit(String s) {
    String f = Keys.fold(s);
    StringBuilder b = new StringBuilder(f.length() + 4);
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      char next = i + 1 < f.length() ? f.charAt(i + 1) : 0;
      switch (c) {
        case 'x' -> b.append("ks");
        case 'k' -> {
          if (next == 'h') {
            b.append('h');
            i++;
          } else {
            b.append('k');
          }
        }
        case 'p' -> {
          if (next == 'h') {
            b.append('f');
            i++;
          } else {
            b.append('p');
          }
        }
        case 'w' -> b.append('v');
        case 'y' -> b.append('i');
        default -> b.append(c);
      }
    }
    // double letters single
    StringBuilder d = new StringBuilder(b.length());
    for (int i = 0; i < b.length(); i++) {
      if (i == 0 || b.charAt(i) != b.charAt(i - 1)) {
        d.append(b.charAt(i));
      }
    }
    String t = d.toString();
    if (t.startsWith("ie") && t.length() > 3) {
      t = t.substring(1);
    }
    int n = t.length();
    if (n > 4 && t.endsWith("er") && !isVowel(t.charAt(n - 3))) {
      t = t.substring(0, n - 2) + "r";
    }
    return t;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** How many spelling differences two surnames of this length may have and still match. */
  static int surnameEdits(String translit) {
    int n = translit.length();
    return n >= 9 ? 2 : n >= 5 ? 1 : 0;
  }

  /**
   * True when two given names may name one person: one transliteration, an initial of the
   * other, or (names of six letters or more) one spelling slip apart.
   */
  static boolean givenCompatible(PersonName p, PersonName q) {
    String a = p.given();
    String b = q.given();
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    String x = p.givenSpelling();
    String y = q.givenSpelling();
    if (x.isEmpty() || y.isEmpty()) {
      return true;
    }
    if (x.length() == 1 || y.length() == 1) {
      return Keys.fold(a).charAt(0) == Keys.fold(b).charAt(0);
    }
    if (x.equals(y)) {
      return true;
    }
    if (genderedPair(x, y)) {
      return false;
    }
    return Math.min(x.length(), y.length()) >= 6 && x.charAt(0) == y.charAt(0) && Keys.distance(x, y, 1) <= 1;
  }

  /**
   * True for a masculine and a feminine form of one name, which name two people: "Alexander"
   * and "Alexandra", "Ivanov" and "Ivanova" (transliteration keys).
   */
  static boolean genderedPair(String x, String y) {
    return x.length() + 1 == y.length() && y.endsWith("a") && y.startsWith(x)
        || y.length() + 1 == x.length() && x.endsWith("a") && x.startsWith(y);
  }

  /** True when two middle-initial strings do not contradict each other ("r" and "" agree). */
  static boolean middleCompatible(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    return a.charAt(0) == b.charAt(0);
  }
}
