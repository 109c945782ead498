package io.crosscheck.resolve;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Alias and title lexicons: the bundled ones ({@code lexicon/aliases.yaml} and {@code
 * lexicon/titles.yaml} on the class path) plus files users add. Immutable and thread-safe.
 *
 * <p>Every lexicon file is YAML with any of these top-level keys (unknown keys are an error, so
 * a typo does not silently do nothing); entries in later files add to earlier ones, and a later
 * entry with an existing {@code id} adds its names to that entity:
 *
 * <pre>{@code
 * entities:                    # organisations, countries, cities, places
 *   - name: OSCE               # canonical name: claim subjects and event labels use it
 *     id: osce                 # canonical key in titles (default: name in lower case)
 *     kind: org                # org | country | city | place (default: org)
 *     aliases: [Organization for Security and Co-operation in Europe]
 *     adjectives: [Russian]    # modifier forms; the first one rewrites "Russia's troops"
 *     metonyms: [Kremlin]      # stand for it as an actor ("the Kremlin said"), never as a place
 *     seat_of: [nato]          # (cities) organisations seated here: "at NATO" on Wednesday
 *                              # is the same event as "in Brussels" on Wednesday
 * people:                      # names spelling rules cannot match
 *   - name: Alexander Vershbow
 *     aliases: [Sandy Vershbow]
 * not_person_words: [Council]  # capitalised words that make a name an organisation
 * offices:                     # canonical office, lower case
 *   - name: spokesperson
 *     aliases: [spokesman, spokeswoman]
 *     when_to: [representative] # only with "to/at <organisation>" ("representative to the OSCE")
 * ranks:                       # rank words written before an office
 *   - name: deputy
 *     aliases: [vice]
 * honorifics: [mr, dr]         # dropped before names
 * former: [former, ex]         # make a role former
 * acting: [acting, interim]    # make a role acting
 * }</pre>
 *
 * <p>Names are matched case- and accent-insensitively, ignoring periods ("U.S." is "US"),
 * hyphens ("Co-operation"), a leading "the" and a trailing possessive ("Russia's"). Only the
 * ranks deputy, assistant and under (and the office itself) exclude one another; ranks added by
 * users never make two titles conflict.
 */
public final class Lexicon {
  /** An organisation, country or place. */
  public record Entity(String name, String id, String kind, String modifier, List<String> seatOf) {
    public Entity {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(id, "id");
      seatOf = List.copyOf(seatOf);
    }

    /** A city or other venue (not an organisation or a country). */
    public boolean isPlace() {
      return kind.equals("city") || kind.equals("place");
    }
  }

  private static final Set<String> KINDS = Set.of("org", "country", "city", "place");
  private static final Set<String> TOP_KEYS =
      Set.of("entities", "people", "not_person_words", "offices", "ranks", "honorifics", "former", "acting");
  private static final List<String> BUNDLED = List.of("lexicon/aliases.yaml", "lexicon/titles.yaml");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static volatile Lexicon standard;

  /** Entities by the key of any name, alias, adjective or metonym. */
  private final Map<String, Entity> names;
  /** Entities by the key of their name or aliases only (places in events). */
  private final Map<String, Entity> proper;
  private final Map<String, Entity> byId;
  private final Map<String, String> people;
  private final Set<String> notPersonWords;
  private final Map<String, String> offices;
  private final Map<String, String> officesWhenTo;
  private final Map<String, String> ranks;
  private final int longestRank;
  private final Set<String> honorifics;
  private final Set<String> former;
  private final Set<String> acting;
  /** Every word of an office, rank or entity name: words that can stand before a person's name. */
  private final Set<String> titleWords;

  private Lexicon(Builder b) {
    this.names = Map.copyOf(b.names);
    this.proper = Map.copyOf(b.proper);
    this.byId = Map.copyOf(b.entities);
    this.people = Map.copyOf(b.people);
    this.notPersonWords = Set.copyOf(b.notPersonWords);
    this.offices = Map.copyOf(b.offices);
    this.officesWhenTo = Map.copyOf(b.officesWhenTo);
    this.ranks = Map.copyOf(b.ranks);
    int longest = 1;
    for (String r : ranks.keySet()) {
      longest = Math.max(longest, Keys.words(r).size());
    }
    this.longestRank = longest;
    this.honorifics = Set.copyOf(b.honorifics);
    this.former = Set.copyOf(b.former);
    this.acting = Set.copyOf(b.acting);
    Set<String> words = new HashSet<>();
    for (String k : offices.keySet()) {
      words.addAll(Keys.words(k));
    }
    for (String k : officesWhenTo.keySet()) {
      words.addAll(Keys.words(k));
    }
    for (String k : ranks.keySet()) {
      words.addAll(Keys.words(k));
    }
    words.removeAll(Set.of("of", "for", "to", "at", "the", "in", "and"));
    this.titleWords = Set.copyOf(words);
  }

  /** The bundled lexicons. */
  public static Lexicon standard() {
    Lexicon l = standard;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = standard;
        if (l == null) {
          Builder b = new Builder();
          for (String r : BUNDLED) {
            b.add(r, bundled(r));
          }
          l = new Lexicon(b);
          standard = l;
        }
      }
    }
    return l;
  }

  /**
   * The standard lexicon extended with user files.
   *
   * @throws LexiconException when a file cannot be read or is not a valid lexicon
   */
  public static Lexicon withFiles(List<Path> files) {
    if (files == null || files.isEmpty()) {
      return standard();
    }
    Builder b = new Builder();
    for (String r : BUNDLED) {
      b.add(r, bundled(r));
    }
    for (Path p : files) {
      String text;
      try {
        text = Files.readString(p, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new LexiconException(p + ": cannot read lexicon: " + e.getMessage(), e);
      }
      b.add(p.toString(), text);
    }
    return new Lexicon(b);
  }

  /** The standard lexicon extended with lexicon text (YAML); {@code source} names it in errors. */
  public static Lexicon withText(String source, String yaml) {
    Builder b = new Builder();
    for (String r : BUNDLED) {
      b.add(r, bundled(r));
    }
    b.add(source, yaml);
    return new Lexicon(b);
  }

  private static String bundled(String resource) {
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled lexicon " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- entities

  /** The entity a name, alias, adjective or metonym names ("Kremlin", "Polish", "U.S."). */
  public Optional<Entity> entity(String surface) {
    return Optional.ofNullable(names.get(Keys.key(surface)));
  }

  /** The entity a name or alias names, metonyms and adjectives left out: places of events. */
  public Optional<Entity> properName(String surface) {
    return Optional.ofNullable(proper.get(Keys.key(surface)));
  }

  /** The entity with this canonical id ("nato"). */
  public Optional<Entity> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  Entity entityByKey(String key) {
    return names.get(key);
  }

  /**
   * The canonical form of a subject that is not a person: "Organization for Security and
   * Cooperation in Europe" is "OSCE", "the Kremlin" is "Russia", "Russia's troops" and "the
   * Russian troops" are "Russian troops". Unknown words are kept as written.
   */
  public String subject(String surface) {
    String s = surface.strip().replaceAll("\\s+", " ");
    if (s.isEmpty()) {
      return s;
    }
    Entity whole = names.get(Keys.key(s));
    if (whole != null) {
      return whole.name();
    }
    String[] words = s.split(" ");
    int from = 0;
    while (from < words.length - 1 && isDeterminer(words[from])) {
      from++;
    }
    // the longest entity name at the start, used as a modifier ("Russia's troops", "U.S. officials")
    for (int end = Math.min(words.length - 1, from + 8); end > from; end--) {
      String head = String.join(" ", java.util.Arrays.copyOfRange(words, from, end));
      Entity e = names.get(Keys.key(head));
      if (e != null) {
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, end, words.length));
        return e.modifier() + " " + rest;
      }
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
  }

  private static boolean isDeterminer(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.equals("the") || l.equals("a") || l.equals("an");
  }

  // ---------------------------------------------------------------- people

  /** The canonical full name of a person alias ("Sandy Vershbow"), or null. */
  String personAlias(String key) {
    return people.get(key);
  }

  /** True for a word that makes a capitalised name an organisation ("Council"). */
  boolean isNotPersonWord(String key) {
    return notPersonWords.contains(key);
  }

  boolean isHonorific(String key) {
    return honorifics.contains(key);
  }

  /** A word of an office or rank ("foreign", "minister", "deputy"): may stand before a name. */
  boolean isTitleWord(String key) {
    return titleWords.contains(key) || former.contains(key) || acting.contains(key);
  }

  // ---------------------------------------------------------------- titles

  /** The canonical office of an office key ("spokeswoman" is "spokesperson"), or null. */
  String office(String key) {
    return offices.get(key);
  }

  /** The canonical office of a name that means it only "to/at" an organisation, or null. */
  String officeWhenTo(String key) {
    return officesWhenTo.get(key);
  }

  /** The canonical rank of a rank key ("vice" is "deputy"), or null. */
  String rank(String key) {
    return ranks.get(key);
  }

  int longestRank() {
    return longestRank;
  }

  boolean isFormerWord(String key) {
    return former.contains(key);
  }

  boolean isActingWord(String key) {
    return acting.contains(key);
  }

  // ---------------------------------------------------------------- loading

  private static final class Builder {
    final Map<String, Entity> entities = new LinkedHashMap<>();
    final Map<String, Entity> names = new HashMap<>();
    final Map<String, Entity> proper = new HashMap<>();
    final Map<String, String> people = new HashMap<>();
    final Set<String> notPersonWords = new HashSet<>();
    final Map<String, String> offices = new HashMap<>();
    final Map<String, String> officesWhenTo = new HashMap<>();
    final Map<String, String> ranks = new HashMap<>();
    final Set<String> honorifics = new HashSet<>();
    final Set<String> former = new HashSet<>();
    final Set<String> acting = new HashSet<>();

    void add(String source, String yaml) {
      JsonNode root;
      try {
        root = YAML.readTree(yaml);
      } catch (JacksonException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
        throw new LexiconException(source + ": not valid YAML" + where + ": " + e.getOriginalMessage(), e);
      }
      if (root == null || root.isMissingNode() || root.isNull()) {
        return;
      }
      if (!root.isObject()) {
        throw new LexiconException(source + ": a lexicon is a map with keys " + new java.util.TreeSet<>(TOP_KEYS));
      }
      for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!TOP_KEYS.contains(k)) {
          throw new LexiconException(source + ": unknown key '" + k + "' (known: "
              + String.join(", ", new java.util.TreeSet<>(TOP_KEYS)) + ")");
        }
      }
      Ctx ctx = new Ctx(source);
      for (JsonNode e : ctx.list(root, "entities")) {
        entity(ctx, e);
        ctx.index++;
      }
      ctx.index = 0;
      for (JsonNode p : ctx.list(root, "people")) {
        String name = ctx.text(p, "people", "name", true);
        for (String a : ctx.strings(p, "people", "aliases")) {
          people.put(Keys.key(a), name);
        }
        ctx.index++;
      }
      for (String w : ctx.strings(root, null, "not_person_words")) {
        notPersonWords.add(Keys.key(w));
      }
      ctx.index = 0;
      for (JsonNode o : ctx.list(root, "offices")) {
        String name = Keys.key(ctx.text(o, "offices", "name", true));
        offices.put(name, name);
        for (String a : ctx.strings(o, "offices", "aliases")) {
          offices.put(Keys.key(a), name);
        }
        for (String a : ctx.strings(o, "offices", "when_to")) {
          officesWhenTo.put(Keys.key(a), name);
        }
        ctx.fieldsIn(o, "offices", Set.of("name", "aliases", "when_to"));
        ctx.index++;
      }
      ctx.index = 0;
      for (JsonNode r : ctx.list(root, "ranks")) {
        String name = Keys.key(ctx.text(r, "ranks", "name", true));
        ranks.put(name, name);
        for (String a : ctx.strings(r, "ranks", "aliases")) {
          ranks.put(Keys.key(a), name);
        }
        ctx.fieldsIn(r, "ranks", Set.of("name", "aliases"));
        ctx.index++;
      }
      ctx.strings(root, null, "honorifics").forEach(w -> honorifics.add(Keys.key(w)));
      ctx.strings(root, null, "former").forEach(w -> former.add(Keys.key(w)));
      ctx.strings(root, null, "acting").forEach(w -> acting.add(Keys.key(w)));
    }

    private void entity(Ctx ctx, JsonNode e) {
      ctx.fieldsIn(e, "entities", Set.of("name", "id", "kind", "aliases", "adjectives", "metonyms", "seat_of"));
      String name = ctx.text(e, "entities", "name", true);
      String id = ctx.text(e, "entities", "id", false);
      id = id == null ? Keys.key(name) : id.strip().toLowerCase(Locale.ROOT);
      String kind = ctx.text(e, "entities", "kind", false);
      kind = kind == null ? "org" : kind.strip().toLowerCase(Locale.ROOT);
      if (!KINDS.contains(kind)) {
        throw new LexiconException(ctx.where("entities") + ": kind '" + kind + "' is not one of org, country, city, place");
      }
      List<String> aliases = ctx.strings(e, "entities", "aliases");
      List<String> adjectives = ctx.strings(e, "entities", "adjectives");
      List<String> metonyms = ctx.strings(e, "entities", "metonyms");
      List<String> seats = new ArrayList<>();
      ctx.strings(e, "entities", "seat_of").forEach(s -> seats.add(s.strip().toLowerCase(Locale.ROOT)));
      Entity old = entities.get(id);
      Entity ent;
      if (old != null) {
        List<String> allSeats = new ArrayList<>(old.seatOf());
        seats.stream().filter(s -> !allSeats.contains(s)).forEach(allSeats::add);
        ent = new Entity(old.name(), id, old.kind(), old.modifier(), allSeats);
        // existing names now point at the extended entity
        names.replaceAll((k, v) -> v == old ? ent : v);
        proper.replaceAll((k, v) -> v == old ? ent : v);
      } else {
        String modifier = adjectives.isEmpty() ? name : adjectives.get(0);
        ent = new Entity(name, id, kind, modifier, seats);
      }
      entities.put(id, ent);
      names.put(Keys.key(name), ent);
      proper.put(Keys.key(name), ent);
      names.putIfAbsent(id, ent);
      for (String a : aliases) {
        names.put(Keys.key(a), ent);
        proper.put(Keys.key(a), ent);
      }
      for (String a : adjectives) {
        names.put(Keys.key(a), ent);
      }
      for (String a : metonyms) {
        names.put(Keys.key(a), ent);
      }
    }
  }

  /** Where an entry is, for messages. */
  private static final class Ctx {
    final String source;
    int index;

    Ctx(String source) {
      this.source = source;
    }

    String where(String section) {
      return source + ": " + section + "[" + (index + 1) + "]";
    }

    List<JsonNode> list(JsonNode root, String key) {
      JsonNode n = root.get(key);
      if (n == null || n.isNull()) {
        return List.of();
      }
      if (!n.isArray()) {
        throw new LexiconException(source + ": '" + key + "' must be a list");
      }
      List<JsonNode> out = new ArrayList<>();
      for (JsonNode x : n) {
        if (!x.isObject()) {
          throw new LexiconException(source + ": each entry of '" + key + "' must be a map with a name");
        }
        out.add(x);
      }
      return out;
    }

    String text(JsonNode n, String section, String key, boolean required) {
      JsonNode v = n.get(key);
      if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
        if (required) {
          throw new LexiconException(where(section) + ": '" + key + "' is missing");
        }
        return null;
      }
      if (!v.isValueNode() || v.isBoolean()) {
        throw new LexiconException(where(section) + ": '" + key + "' must be text");
      }
      return v.asText().strip();
    }

    List<String> strings(JsonNode n, String section, String key) {
      JsonNode v = n.get(key);
      if (v == null || v.isNull()) {
        return List.of();
      }
      String at = section == null ? source + ": '" + key + "'" : where(section) + ": '" + key + "'";
      if (v.isValueNode()) {
        return List.of(v.asText().strip());
      }
      if (!v.isArray()) {
        throw new LexiconException(at + " must be a list of names");
      }
      List<String> out = new ArrayList<>();
      for (JsonNode x : v) {
        if (!x.isValueNode() || x.isNull() || x.asText().isBlank()) {
          throw new LexiconException(at + " must be a list of names");
        }
        out.add(x.asText().strip());
      }
      return out;
    }

    void fieldsIn(JsonNode n, String section, Set<String> known) {
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!known.contains(k)) {
          throw new LexiconException(where(section) + ": unknown key '" + k + "' (known: "
              + String.join(", ", new java.util.TreeSet<>(known)) + ")");
        }
      }
    }
  }
}
