package io.crosscheck.resolve;

import io.crosscheck.resolve.Names.PersonName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Clusters the person mentions of one story into people and names each by its canonical name.
 *
 * <p>Full names ("Sergey Lavrov", "Wendy R. Sherman") are blocked by surname through a {@link
 * NameIndex} (sound-alike or spelt-alike surnames) and merged when the surnames are one
 * transliteration (or a spelling slip that sounds the same, never two spellings in one article),
 * the given names agree (transliteration, initial) and middle initials do not contradict. A
 * merge must agree with every name already in the cluster, so "Jake Sullivan" and "Dan Sullivan"
 * stay apart and "J. Sullivan" cannot join both. A surname alone ("Mr. Lavrov") goes to the one
 * person of the story with that surname or, when several share it, to the one named most
 * recently before it in the same article; otherwise it stays a person of its own.
 *
 * <p>The canonical name is the most complete (given name written out), then most widespread
 * (articles, then mentions), then alphabetically first spelling.
 */
final class People {
  /**
   * One mention of a person.
   *
   * @param article the article id
   * @param name the parsed name
   * @param pos text offset of the mention in its article
   * @param counts false for mentions that must not weigh on the canonical spelling
   */
  record Mention(String article, PersonName name, int pos, boolean counts) {}

  private static final class Variant {
    final int id;
    final PersonName name;
    final String surnameKey;
    final Set<String> articles = new LinkedHashSet<>();
    final Map<String, Integer> displays = new LinkedHashMap<>();
    final Map<String, List<Integer>> positions = new HashMap<>();
    int count;

    Variant(int id, PersonName name) {
      this.id = id;
      this.name = name;
      this.surnameKey = name.surnameKey();
    }

    String display() {
      String best = name.display();
      int n = -1;
      for (Map.Entry<String, Integer> e : displays.entrySet()) {
        if (e.getValue() > n) {
          best = e.getKey();
          n = e.getValue();
        }
      }
      return best;
    }
  }

  /** The canonical spelling first: given name written out, most articles, most mentions, alphabetical. */
  private static final Comparator<Variant> CANONICAL_ORDER = Comparator.comparing((Variant v) -> !v.name.hasFullGiven())
      .thenComparing(v -> -v.articles.size())
      .thenComparing(v -> -v.count)
      .thenComparing(Variant::display);

  /** The blocked surnames that match a surname, worked out once per folded surname of the story. */
  private static final class Similar {
    private final NameIndex index;
    /** {@link Names#translit} key of each blocked surname. */
    private final List<String> spellings;
    private final Map<String, List<Integer>> bySurname = new HashMap<>();

    Similar(NameIndex index, List<String> spellings) {
      this.index = index;
      this.spellings = spellings;
    }

    /** Positions of the blocked surnames that match the name's surname. */
    List<Integer> of(PersonName p) {
      List<Integer> out = bySurname.get(p.surnameKey());
      if (out == null) {
        out = new ArrayList<>();
        for (int ord : index.similar(p.surname())) {
          if (surnamesMatch(p.surname(), p.surnameSpelling(), index.surname(ord), spellings.get(ord))) {
            out.add(ord);
          }
        }
        bySurname.put(p.surnameKey(), out);
      }
      return out;
    }
  }

  private final List<Mention> mentions;
  private final Function<String, String> textOf;
  private final String[] canonical;
  private final int[] cluster;
  private final Map<String, List<int[]>> occurrences = new HashMap<>();
  /** (offset, variant) of the full-name mentions of each article. */
  private final Map<String, List<int[]>> claimed = new HashMap<>();

  /**
   * Resolves the mentions.
   *
   * @param mentions the story's mentions, kept (not copied): the caller must not change the list
   * @param textOf the text of an article by id (for "named most recently" when a surname is shared)
   */
  People(List<Mention> mentions, Function<String, String> textOf) {
    this.mentions = mentions;
    this.textOf = textOf;
    this.canonical = new String[mentions.size()];
    this.cluster = new int[mentions.size()];
    run();
  }

  /** The canonical name of mention {@code i}. */
  String canonical(int i) {
    return canonical[i];
  }

  /** The person (cluster number) of mention {@code i}: equal for mentions of one person. */
  int person(int i) {
    return cluster[i];
  }

  private void run() {
    // 1. distinct spellings of full names
    Map<String, Variant> variants = new LinkedHashMap<>();
    int[] variantOf = new int[mentions.size()];
    List<Variant> vs = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      variantOf[i] = -1;
      if (!m.name().hasGiven()) {
        continue;
      }
      Variant v = variants.get(m.name().key());
      if (v == null) {
        v = new Variant(vs.size(), m.name());
        vs.add(v);
        variants.put(m.name().key(), v);
      }
      variantOf[i] = v.id;
      v.positions.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m.pos());
      claimed.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(new int[] {m.pos(), v.id});
      if (m.counts()) {
        v.articles.add(m.article());
        v.count++;
        v.displays.merge(m.name().display(), 1, Integer::sum);
      }
    }
    // 2. blocking: one entry per distinct surname spelling
    Map<String, Integer> surnameOrd = new LinkedHashMap<>();
    List<String> surnames = new ArrayList<>();
    List<String> spellings = new ArrayList<>();
    for (Variant v : vs) {
      if (surnameOrd.putIfAbsent(v.surnameKey, surnameOrd.size()) == null) {
        surnames.add(v.surnameKey);
        spellings.add(Names.translit(v.surnameKey));
      }
    }
    Map<Integer, List<Variant>> bySurname = new HashMap<>();
    for (Variant v : vs) {
      bySurname.computeIfAbsent(surnameOrd.get(v.surnameKey), k -> new ArrayList<>()).add(v);
    }
    UnionFind uf = new UnionFind(vs.size());
    Map<Integer, List<PersonName>> members = new HashMap<>();
    for (Variant v : vs) {
      members.put(v.id, new ArrayList<>(List.of(v.name)));
    }
    Similar similar = new Similar(new NameIndex(surnames), spellings);
    // 3. full names with written-out given names
    for (Variant v : vs) {
      if (!v.name.hasFullGiven()) {
        continue;
      }
      for (int ord : similar.of(v.name)) {
        for (Variant u : bySurname.getOrDefault(ord, List.of())) {
          if (u.id != v.id && u.name.hasFullGiven()) {
            tryUnion(uf, members, v, u);
          }
        }
      }
    }
    // 4. initials ("W. Sherman"): the one person they fit
    for (Variant v : vs) {
      if (v.name.hasFullGiven()) {
        continue;
      }
      Set<Integer> fits = new LinkedHashSet<>();
      for (int ord : similar.of(v.name)) {
        for (Variant u : bySurname.getOrDefault(ord, List.of())) {
          if (u.id != v.id && u.name.hasFullGiven() && fitsAll(members.get(uf.find(u.id)), v.name)) {
            fits.add(uf.find(u.id));
          }
        }
      }
      if (fits.size() == 1) {
        int root = fits.iterator().next();
        int r = uf.union(root, v.id);
        List<PersonName> all = new ArrayList<>(members.get(root));
        all.addAll(members.get(v.id));
        members.put(r, all);
      }
    }
    // 5. canonical spelling per person
    Map<Integer, Variant> best = new HashMap<>();
    for (Variant v : vs) {
      best.merge(uf.find(v.id), v, (a, b) -> CANONICAL_ORDER.compare(a, b) <= 0 ? a : b);
    }
    for (int i = 0; i < mentions.size(); i++) {
      if (variantOf[i] >= 0) {
        int root = uf.find(variantOf[i]);
        canonical[i] = best.get(root).display();
        cluster[i] = root;
      }
    }
    // 6. surnames alone
    Map<String, Set<Integer>> peopleBySurname = new HashMap<>();
    Map<String, List<Integer>> alone = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (variantOf[i] >= 0) {
        continue;
      }
      Mention m = mentions.get(i);
      Set<Integer> people = peopleBySurname.get(m.name().surnameKey());
      if (people == null) {
        people = new LinkedHashSet<>();
        List<Integer> ords = similar.of(m.name());
        // the same transliteration first: a spelling slip only when no spelling matches
        List<Integer> same = new ArrayList<>(ords.size());
        for (int o : ords) {
          if (spellings.get(o).equals(m.name().surnameSpelling())) {
            same.add(o);
          }
        }
        for (int ord : same.isEmpty() ? ords : same) {
          for (Variant u : bySurname.getOrDefault(ord, List.of())) {
            people.add(uf.find(u.id));
          }
        }
        peopleBySurname.put(m.name().surnameKey(), people);
      }
      Integer root = null;
      if (people.size() == 1) {
        root = people.iterator().next();
      } else if (people.size() > 1) {
        root = mostRecent(m, people, uf, variants);
      }
      if (root != null) {
        canonical[i] = best.get(root).display();
        cluster[i] = root;
      } else {
        alone.computeIfAbsent(m.name().surnameSpelling(), k -> new ArrayList<>()).add(i);
      }
    }
    // 7. people known by their surname only
    int next = vs.size();
    for (List<Integer> group : alone.values()) {
      Map<String, Integer> displays = new LinkedHashMap<>();
      Map<String, Set<String>> articles = new HashMap<>();
      for (int i : group) {
        Mention m = mentions.get(i);
        if (m.counts() || displays.isEmpty()) {
          displays.merge(m.name().display(), m.counts() ? 1 : 0, Integer::sum);
          articles.computeIfAbsent(m.name().display(), k -> new HashSet<>()).add(m.article());
        }
      }
      String name = displays.keySet().stream()
          .min(Comparator.comparing((String d) -> -articles.get(d).size())
              .thenComparing(d -> -displays.get(d))
              .thenComparing(d -> d))
          .orElseThrow();
      for (int i : group) {
        canonical[i] = name;
        cluster[i] = next;
      }
      next++;
    }
  }

  /**
   * The person of {@code people} named last before the mention in its article (by its full name,
   * in a claim or anywhere in the text), or null.
   */
  private Integer mostRecent(Mention m, Set<Integer> people, UnionFind uf, Map<String, Variant> byKey) {
    Integer best = null;
    for (int[] o : occurrences(m.article(), byKey)) {
      if (o[0] >= m.pos()) {
        break;
      }
      int root = uf.find(o[1]);
      if (people.contains(root)) {
        best = root;
      }
    }
    return best;
  }

  /** Where full names of the story stand in an article: (offset, variant) sorted by offset. Cached. */
  private List<int[]> occurrences(String article, Map<String, Variant> byKey) {
    List<int[]> cached = occurrences.get(article);
    if (cached != null) {
      return cached;
    }
    List<int[]> out = new ArrayList<>(claimed.getOrDefault(article, List.of()));
    String text = textOf.apply(article);
    if (text != null) {
      // capitalised words in a row: "Jake Sullivan", "Wendy R. Sherman"
      List<int[]> words = new ArrayList<>();
      int n = text.length();
      int i = 0;
      while (i < n) {
        while (i < n && !Character.isLetter(text.charAt(i))) {
          i++;
        }
        int s = i;
        while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '\''
            || text.charAt(i) == '\u2019' || text.charAt(i) == '.')) {
          i++;
        }
        if (i > s) {
          words.add(new int[] {s, i});
        }
      }
      for (int w = 0; w + 1 < words.size(); w++) {
        if (!Character.isUpperCase(text.charAt(words.get(w)[0]))) {
          continue;
        }
        List<String> tokens = new ArrayList<>(3);
        for (int k = w; k < Math.min(words.size(), w + 3); k++) {
          int[] span = words.get(k);
          if (!Character.isUpperCase(text.charAt(span[0]))
              || (k > w && !text.substring(words.get(k - 1)[1], span[0]).isBlank())) {
            break;
          }
          tokens.add(Keys.stripPossessive(text.substring(span[0], span[1]).replace('\u2019', '\'')));
          if (tokens.size() >= 2) {
            Variant v = byKey.get(Names.nameKey(tokens));
            if (v != null) {
              out.add(new int[] {words.get(w)[0], v.id});
            }
          }
        }
      }
    }
    out.sort(Comparator.comparingInt(o -> o[0]));
    occurrences.put(article, out);
    return out;
  }

  private void tryUnion(UnionFind uf, Map<Integer, List<PersonName>> members, Variant v, Variant u) {
    int a = uf.find(v.id);
    int b = uf.find(u.id);
    if (a == b) {
      return;
    }
    boolean givenDiffer = v.name.hasFullGiven() && u.name.hasFullGiven()
        && !Keys.fold(v.name.given()).equals(Keys.fold(u.name.given()));
    if (!v.surnameKey.equals(u.surnameKey) || givenDiffer) {
      // two spellings side by side in one article are two people ("John Smith" and "John Smyth")
      for (String art : v.positions.keySet()) {
        if (u.positions.containsKey(art)) {
          return;
        }
      }
    }
    List<PersonName> x = members.get(a);
    List<PersonName> y = members.get(b);
    for (PersonName p : x) {
      if (!fitsAll(y, p)) {
        return;
      }
    }
    int r = uf.union(a, b);
    List<PersonName> all = new ArrayList<>(x);
    all.addAll(y);
    members.remove(a);
    members.remove(b);
    members.put(r, all);
  }

  /** True when the name agrees with every name of a cluster. */
  private static boolean fitsAll(List<PersonName> cluster, PersonName p) {
    for (PersonName q : cluster) {
      if (!Names.givenCompatible(p, q)) {
        return false;
      }
      if (p.givenSpelling().equals(q.givenSpelling()) && !Names.middleCompatible(p.middle(), q.middle())) {
        return false;
      }
    }
    return true;
  }

  /**
   * One transliteration, or a spelling slip that sounds the same.
   *
   * @param x the {@link Names#translit} key of surname {@code a}
   * @param y the {@link Names#translit} key of surname {@code b}
   */
  static boolean surnamesMatch(String a, String x, String b, String y) {
    if (x.equals(y)) {
      return true;
    }
    if (Names.genderedPair(x, y)) {
      return false;
    }
    int edits = Names.surnameEdits(x.length() < y.length() ? x : y);
    if (edits == 0 || Keys.distance(x, y, edits) > edits) {
      return false;
    }
    List<String> ca = NameIndex.sounds(a);
    for (String c : NameIndex.sounds(b)) {
      if (ca.contains(c)) {
        return true;
      }
    }
    return false;
  }
}
