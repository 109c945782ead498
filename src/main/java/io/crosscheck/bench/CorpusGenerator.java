package io.crosscheck.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.crosscheck.load.Article;
import io.crosscheck.load.SourceMap;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generates news coverage at scale from templates, deterministically from a seed: the same seed
 * and size give the same bytes, and story {@code i} is the same whatever the corpus size (only
 * the last story may be shortened to hit the article count exactly).
 *
 * <p>A story is a round of talks between two delegations in one city on one day; 3-6 outlets
 * cover it, published one to four days later, each in its own words: the heads of delegation with
 * their titles (rank, office, country), how long the talks lasted, a count that matters to the
 * topic (troops, ships, prisoners...) with a qualifier, quotes from both sides and an analyst,
 * weekdays and dates relative to the publication date, and background paragraphs. Everything an
 * article states agrees with the story's facts, except what is planted:
 *
 * <ul>
 *   <li>contradictions (about 60% of stories, one each): a title with an exclusive rank ("Assistant"
 *       for "Deputy Secretary of State"), a count no other article's range allows, a duration of
 *       the same meeting that cannot be true with the others, a quote with one content word
 *       changed ("demands" for "requests");
 *   <li>traps (about 60% of stories, one each, never on the kind of the story's contradiction):
 *       a restatement in other words (lower-case appositive titles, "Vice" for "Deputy", an
 *       excerpt of a quote), a transliteration variant (Sergei/Sergey), "more than 100,000"
 *       next to "106,000", and one person's statements on two different days.
 * </ul>
 *
 * <p>Both are listed per story in the answer file ({@link #write}).
 */
public final class CorpusGenerator {
  /** One generated article, as one JSON Lines record of the bulk input format. */
  public record Item(String id, String text, String title, String source, LocalDate published, String story) {
    public Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
    }

    /** The article as the loader would read it from {@code file}. */
    public Article toArticle(String file) {
      return new Article(id, file + "#" + id, source, published, story, title, null, text, SourceMap.identity(text),
          List.of());
    }
  }

  /**
   * A planted contradiction: the odd article states {@code values[0]} where the others state
   * {@code values[1]} (for a quote: the changed word and the original, then both quotes).
   *
   * @param type title-rank, disjoint-count, disjoint-duration or quote-word-changed
   * @param rule the rule expected to report it
   * @param subject the person or thing ("" for the talks themselves)
   * @param surname lower-case surname of a person subject, or ""
   */
  public record Planted(
      String id, String type, String rule, String kind, String subject, String surname, String odd,
      List<String> others, List<String> values) {
    public Planted {
      others = List.copyOf(others);
      values = List.copyOf(values);
    }
  }

  /**
   * A planted trap: statements that look alike and must not be reported above {@code maxSeverity}
   * (null: not at all).
   *
   * @param type restatement, spelling-variant, more-than-vs-exact or different-days
   * @param kinds claim kinds a false alarm would have
   */
  public record Trap(
      String id, String type, List<String> kinds, String subject, String surname, List<String> articles,
      String maxSeverity, List<String> values) {
    public Trap {
      kinds = List.copyOf(kinds);
      articles = List.copyOf(articles);
      values = List.copyOf(values);
    }
  }

  /** What a story holds: the line of the answer file. */
  public record StoryAnswer(String story, List<Planted> contradictions, List<Trap> traps) {
    public StoryAnswer {
      contradictions = List.copyOf(contradictions);
      traps = List.copyOf(traps);
    }
  }

  /** A generated story. */
  public record Story(String id, List<Item> articles, StoryAnswer answer) {
    public Story {
      articles = List.copyOf(articles);
    }
  }

  /**
   * A draft for a story of the corpus (by another outlet) with a planted title conflict, or none
   * ({@code planted} null) when the head of delegation's office comes in one rank only.
   */
  public record Draft(Item item, Planted planted) {}

  /** What {@link #write} wrote. {@code textBytes} counts article text only (UTF-8). */
  public record Summary(int articles, int stories, long textBytes, long fileBytes, int contradictions, int traps) {}

  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** The stories of a corpus of exactly {@code articles} articles, generated as they are read. */
  public Iterator<Story> stories(int articles) {
    if (articles < 0) {
      throw new IllegalArgumentException("articles must be >= 0");
    }
    return new Iterator<>() {
      int index;
      int remaining = articles;

      @Override
      public boolean hasNext() {
        return remaining > 0;
      }

      @Override
      public Story next() {
        if (remaining <= 0) {
          throw new NoSuchElementException();
        }
        int size = size(index, remaining);
        remaining -= size;
        return story(index++, size);
      }
    };
  }

  /** The article count of each story of a corpus of {@code articles} articles, without rendering them. */
  public int[] storySizes(int articles) {
    List<Integer> sizes = new ArrayList<>();
    int remaining = articles;
    for (int index = 0; remaining > 0; index++) {
      int size = size(index, remaining);
      sizes.add(size);
      remaining -= size;
    }
    return sizes.stream().mapToInt(Integer::intValue).toArray();
  }

  private int size(int index, int remaining) {
    int size = 3 + (int) Long.remainderUnsigned(mix(seed, index, 0x5EED), 4);
    if (remaining <= 6) {
      size = remaining;
    } else if (remaining - size < 3) {
      size = remaining - 3;
    }
    return size;
  }

  /** Story {@code index} with {@code size} articles. */
  public Story story(int index, int size) {
    Plan p = new Plan(seed, index, size);
    List<Item> items = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      items.add(p.article(k));
    }
    return new Story(p.storyId, items, p.answer());
  }

  /**
   * A new article on story {@code index} of a corpus (as if written after the archive was built)
   * whose head of delegation holds an exclusive rank: checked against the archive it must be
   * reported. Without {@code withStory} it carries no story, so the archive is searched by
   * similarity.
   */
  public Draft draft(int index, int storySize, boolean withStory) {
    Plan p = new Plan(seed, index, storySize);
    Item base = p.draftArticle();
    Item item = withStory ? base : new Item(base.id(), base.text(), base.title(), base.source(), base.published(), null);
    List<String> others = new ArrayList<>();
    for (int k = 0; k < storySize; k++) {
      others.add(p.articleId(k));
    }
    Planted planted = p.draftRank == null ? null : new Planted(p.storyId + "/draft", "title-rank", "title-conflict",
        "title", p.a.fullName(0), p.a.surname(), item.id(), others, List.of(p.a.title(p.draftRank), p.a.title(p.a.rank)));
    return new Draft(item, planted);
  }

  /** Writes the corpus (JSON Lines) and the answer file (one JSON line per story). */
  public Summary write(Path corpus, Path answers, int articles) throws IOException {
    JsonFactory json = new JsonFactory();
    long textBytes = 0;
    int n = 0;
    int stories = 0;
    int contradictions = 0;
    int traps = 0;
    if (corpus.toAbsolutePath().getParent() != null) {
      Files.createDirectories(corpus.toAbsolutePath().getParent());
    }
    try (Writer cw = new BufferedWriter(Files.newBufferedWriter(corpus, StandardCharsets.UTF_8), 1 << 16);
        Writer aw = Files.newBufferedWriter(answers, StandardCharsets.UTF_8);
        JsonGenerator cg = json.createGenerator(cw);
        JsonGenerator ag = json.createGenerator(aw)) {
      cg.setRootValueSeparator(new SerializedString("\n"));
      ag.setRootValueSeparator(new SerializedString("\n"));
      for (Iterator<Story> it = stories(articles); it.hasNext(); ) {
        Story s = it.next();
        stories++;
        for (Item item : s.articles()) {
          writeItem(cg, item);
          textBytes += utf8Length(item.text());
          n++;
        }
        writeAnswer(ag, s.answer());
        contradictions += s.answer().contradictions().size();
        traps += s.answer().traps().size();
      }
      cg.writeRaw('\n');
      ag.writeRaw('\n');
    }
    return new Summary(n, stories, textBytes, Files.size(corpus), contradictions, traps);
  }

  /** One article as a JSON Lines record: id, text, title, source, published, url, story. */
  public static void writeItem(JsonGenerator g, Item item) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", item.id());
    g.writeStringField("text", item.text());
    g.writeStringField("title", item.title());
    g.writeStringField("source", item.source());
    g.writeStringField("published", item.published() == null ? null : item.published().toString());
    g.writeNullField("url");
    g.writeStringField("story", item.story());
    g.writeEndObject();
  }

  private static void writeAnswer(JsonGenerator g, StoryAnswer a) throws IOException {
    g.writeStartObject();
    g.writeStringField("story", a.story());
    g.writeArrayFieldStart("contradictions");
    for (Planted p : a.contradictions()) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      g.writeStringField("type", p.type());
      g.writeStringField("rule", p.rule());
      g.writeStringField("kind", p.kind());
      g.writeStringField("subject", p.subject());
      g.writeStringField("surname", p.surname());
      g.writeStringField("odd", p.odd());
      strings(g, "others", p.others());
      strings(g, "values", p.values());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("traps");
    for (Trap t : a.traps()) {
      g.writeStartObject();
      g.writeStringField("id", t.id());
      g.writeStringField("type", t.type());
      strings(g, "kinds", t.kinds());
      g.writeStringField("subject", t.subject());
      g.writeStringField("surname", t.surname());
      strings(g, "articles", t.articles());
      g.writeStringField("maxSeverity", t.maxSeverity());
      strings(g, "values", t.values());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** SplitMix64 finaliser over the seed, an index and a salt: independent streams per story. */
  static long mix(long seed, long index, long salt) {
    long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + salt * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  // ---------------------------------------------------------------------------------------------
  // The world the stories are made of.

  /** An office and the ranks it comes in ("" is the office itself). */
  private record Office(String name, String[] ranks) {}

  /** A country: how articles name it, its offices, its people (first-name variants split by |). */
  private record Country(String name, String adj, String possessive, String capital, Office[] offices, String[] people) {}

  private static final Office SECSTATE = new Office("Secretary of State", new String[] {"Deputy", "Assistant", "Under", ""});
  private static final Office FOREIGN_MIN = new Office("Foreign Minister", new String[] {"Deputy", ""});
  private static final Office DEFENSE_MIN = new Office("Defense Minister", new String[] {"Deputy", ""});
  private static final Office FOREIGN_SEC = new Office("Foreign Secretary", new String[] {""});
  private static final Office NSA = new Office("National Security Adviser", new String[] {"Deputy", ""});

  private static final Country[] SIDE_A = {
    new Country("the United States", "U.S.", "the U.S.", "Washington", new Office[] {SECSTATE, SECSTATE, NSA},
        new String[] {"Karen Whitfield", "Michael Brennan", "David Carrington", "Susan Halvorsen", "Robert McAllister",
          "Jennifer Sutherland", "Thomas Prescott", "Laura Delgado", "James Okafor", "Emily Lindqvist",
          "Daniel Harrow", "Rachel Kimball"}),
    new Country("Ukraine", "Ukrainian", "Ukraine's", "Kyiv", new Office[] {FOREIGN_MIN, DEFENSE_MIN},
        new String[] {"Oleksiy|Oleksii Kovalenko", "Dmytro Bondarenko", "Andriy|Andrii Tkachenko",
          "Yuliia|Yulia Kravchenko", "Olena Melnyk", "Taras Boyko", "Mykola Marchenko", "Serhiy|Serhii Savchenko",
          "Iryna Rudenko", "Volodymyr Lysenko"}),
    new Country("Germany", "German", "Germany's", "Berlin", new Office[] {FOREIGN_MIN},
        new String[] {"Klaus Brenner", "Petra Hoffmann", "Matthias Keller", "Sabine Vogt"}),
    new Country("France", "French", "France's", "Paris", new Office[] {FOREIGN_MIN},
        new String[] {"Claire Dubois", "Jean-Luc Moreau", "Sophie Laurent", "Antoine Mercier"}),
    new Country("Poland", "Polish", "Poland's", "Warsaw", new Office[] {FOREIGN_MIN},
        new String[] {"Tomasz Nowicki", "Agnieszka Wrobel", "Piotr Zielinski"}),
    new Country("Britain", "British", "Britain's", "London", new Office[] {FOREIGN_SEC},
        new String[] {"Alistair Reeve", "Harriet Cole", "Edward Pryce"}),
  };

  private static final Country[] SIDE_B = {
    new Country("Russia", "Russian", "Russia's", "Moscow", new Office[] {FOREIGN_MIN, FOREIGN_MIN, DEFENSE_MIN},
        new String[] {"Sergei|Sergey Volkov", "Dmitry|Dmitri Sokolov", "Alexei|Alexey|Aleksei Morozov",
          "Yuri|Yury Lebedev", "Andrei|Andrey Kozlov", "Nikolai|Nikolay Novikov", "Mikhail Orlov",
          "Yelena|Elena Belova", "Natalia|Natalya Zaitseva", "Anatoly|Anatoliy Pavlov", "Grigory|Grigoriy Semyonov",
          "Maxim|Maksim Vorobyov", "Pyotr|Petr Fyodorov", "Vasily|Vasiliy Kiselyov", "Olga Golubeva",
          "Igor Vinogradov", "Arkady|Arkadiy Bogdanov", "Ksenia|Kseniya Markova"}),
  };

  private static final String[] ANALYSTS = {
    "Hannah Ostrowski", "Peter Lindgren", "Miriam Achterberg", "Samuel Whitcombe", "Nora Castellanos",
    "Viktor Halloran", "Ingrid Tamm", "Oliver Szabo"
  };

  private static final String[] THINK_TANKS = {
    "the Atlantic Council", "the Carnegie Endowment", "the International Crisis Group", "Chatham House",
    "the European Council on Foreign Relations", "the Stockholm International Peace Research Institute"
  };

  /** A city, the venue articles may name, and the organisation hosting talks there (or ""). */
  private record Venue(String city, String venue, String host) {}

  private static final Venue[] VENUES = {
    new Venue("Geneva", "the U.S. mission in Geneva", ""),
    new Venue("Vienna", "the Hofburg palace", "OSCE"),
    new Venue("Brussels", "NATO headquarters", "NATO"),
    new Venue("Istanbul", "the Dolmabahce Palace", ""),
    new Venue("Helsinki", "Finlandia Hall", ""),
    new Venue("Oslo", "the Norwegian foreign ministry", ""),
    new Venue("Doha", "a hotel in the Qatari capital", ""),
    new Venue("New York", "United Nations headquarters", "U.N."),
    new Venue("Bern", "the Swiss federal palace", ""),
    new Venue("Stockholm", "the Swedish foreign ministry", ""),
    new Venue("Ankara", "the Turkish foreign ministry", ""),
    new Venue("Baku", "a government guesthouse", ""),
  };

  /**
   * A topic: short and long names, the count that matters (unit, who counts, low and high value,
   * rounding step) and the phrase around it.
   */
  private record Topic(String shortName, String longName, String unit, String countContext, int lo, int hi, int step,
      String roundTo) {}

  private static final Topic[] TOPICS = {
    new Topic("the troop buildup", "the buildup of Russian forces near Ukraine's border", "Russian troops",
        "massed near the border", 60_000, 180_000, 1_000, "thousand"),
    new Topic("grain exports", "the resumption of grain shipments from Black Sea ports", "cargo ships",
        "waiting to leave Black Sea ports", 40, 140, 1, "ten"),
    new Topic("a prisoner exchange", "a new exchange of prisoners of war", "prisoners",
        "due to be exchanged under the proposal", 120, 480, 1, "ten"),
    new Topic("ceasefire monitoring", "monitoring of the ceasefire along the line of contact", "monitors",
        "deployed along the line of contact", 300, 900, 10, "hundred"),
    new Topic("the nuclear plant", "safety at the occupied Zaporizhzhia nuclear power plant", "staff",
        "still working at the plant", 2_000, 6_000, 100, "thousand"),
  };

  private static final String[] OUTLETS = {
    "Reuters", "Associated Press", "AFP", "BBC News", "The Guardian", "Deutsche Welle", "Bloomberg", "Politico Europe",
    "The Kyiv Independent", "Euronews", "Al Jazeera", "The Washington Post", "Financial Times", "Radio Free Europe",
    "NPR", "CNN", "The New York Times", "The Times", "The Irish Times", "The Globe and Mail", "ABC News", "Sky News",
    "Le Monde in English", "The Wall Street Journal"
  };

  private static final String[] NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"
  };

  private static final String[] MONTHS = {
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
  };

  /** Quotes for the side A head, side B head and the analyst; {city} is filled in. */
  private static final String[][] QUOTES = {
    {
      "We came to {city} with serious proposals, and we expect a serious answer",
      "There is no alternative to diplomacy, but our patience is not unlimited",
      "These demands are simply unacceptable to us and to our allies",
      "We made clear that any further escalation would carry a heavy cost",
      "We heard nothing today that would allow us to say the crisis is over",
      "The door to dialogue remains open, but progress depends on Moscow",
      "This was a frank and difficult conversation, and it is far from finished",
    },
    {
      "Our security guarantees are not a menu from which one can pick and choose",
      "We see no reason to continue if our key demands are ignored",
      "The talks were constructive, but the gap between our positions remains wide",
      "We are ready to continue the dialogue, but not at any price",
      "Nobody should doubt that we will defend our interests",
      "The proposals we heard are dangerous and cannot serve as a basis for agreement",
    },
    {
      "Both sides needed to be seen talking, and that in itself is a kind of progress",
      "The real decisions will not be made in {city}, they will be made in the capitals",
      "Nobody expected a breakthrough in {city}, and nobody got one",
      "What matters now is whether the military picture on the ground changes",
    },
  };

  /** Content words a planted quote drift swaps, and what for. */
  private static final String[][] SWAPS = {
    {"serious", "sincere"}, {"patience", "tolerance"}, {"unacceptable", "undesirable"}, {"escalation", "provocation"},
    {"crisis", "standoff"}, {"progress", "movement"}, {"difficult", "complicated"}, {"guarantees", "assurances"},
    {"demands", "requests"}, {"constructive", "useful"}, {"ready", "prepared"}, {"defend", "protect"},
    {"dangerous", "risky"}, {"decisions", "choices"}, {"breakthrough", "deal"}, {"military", "security"},
    {"heavy", "high"}, {"frank", "blunt"}, {"wide", "large"},
  };

  // ---------------------------------------------------------------------------------------------

  /** A person of a story. */
  private static final class Person {
    final String[] firsts;
    final String last;
    final Country country;
    final Office office;
    final String rank;

    /**
     * The person a name stands for: one office and rank for the whole corpus (a person does not
     * change jobs from story to story), chosen by the name.
     */
    static Person of(String spec, Country country) {
      long h = mix(spec.hashCode(), spec.length(), 0x7177E);
      Office office = country.offices()[(int) Long.remainderUnsigned(h, country.offices().length)];
      String rank = office.ranks()[(int) Long.remainderUnsigned(h >>> 20, office.ranks().length)];
      return new Person(spec, country, office, rank);
    }

    Person(String spec, Country country, Office office, String rank) {
      int space = spec.lastIndexOf(' ');
      this.firsts = spec.substring(0, space).split("\\|");
      this.last = spec.substring(space + 1);
      this.country = country;
      this.office = office;
      this.rank = rank;
    }

    String fullName(int variant) {
      return firsts[variant % firsts.length] + " " + last;
    }

    String surname() {
      return last.toLowerCase(Locale.ROOT);
    }

    boolean hasVariants() {
      return firsts.length > 1;
    }

    /** "Deputy Secretary of State" */
    String title(String r) {
      return r.isEmpty() ? office.name() : r + " " + office.name();
    }
  }

  /** One story's facts and plants; renders its articles. */
  private static final class Plan {
    final String storyId;
    final int index;
    final int size;
    final long seed;
    final SplittableRandom rng;
    final Country sideA;
    final Country sideB;
    final Person a;
    final Person b;
    final String analyst;
    final String thinkTank;
    final Venue venue;
    final Topic topic;
    final LocalDate eventDate;
    final LocalDate firstPublished;
    final int hours;
    final int count;
    final String[] quotes = new String[3];
    final String previousCity;
    final LocalDate previousMeeting;
    final String[] outlets;
    final String draftRank;

    // plants
    final String plantType; // null, title-rank, disjoint-count, disjoint-duration, quote-word-changed
    final int odd;
    final String oddRank;
    final int oddHours;
    final int oddCount;
    final int quoteOf; // whose quote drifts (0 = a, 1 = b)
    final String driftedQuote;
    final String[] swap;
    final String trapType; // null, restatement, spelling-variant, more-than-vs-exact, different-days
    final String restated; // title, quote or duration
    final int spellingOf;

    Plan(long seed, int index, int size) {
      this.seed = seed;
      this.index = index;
      this.size = size;
      this.storyId = String.format(Locale.ROOT, "story-%06d", index);
      this.rng = new SplittableRandom(mix(seed, index, 0xC0FFEE));
      this.sideA = SIDE_A[rng.nextInt(SIDE_A.length)];
      this.sideB = SIDE_B[rng.nextInt(SIDE_B.length)];
      this.a = Person.of(sideA.people()[rng.nextInt(sideA.people().length)], sideA);
      this.b = Person.of(sideB.people()[rng.nextInt(sideB.people().length)], sideB);
      this.analyst = ANALYSTS[rng.nextInt(ANALYSTS.length)];
      this.thinkTank = THINK_TANKS[rng.nextInt(THINK_TANKS.length)];
      this.venue = VENUES[rng.nextInt(VENUES.length)];
      this.topic = TOPICS[rng.nextInt(TOPICS.length)];
      this.eventDate = LocalDate.of(2021, 1, 4).plusDays(rng.nextInt(1460));
      this.firstPublished = eventDate.plusDays(2 + rng.nextInt(2));
      this.hours = 2 + rng.nextInt(7);
      int steps = (topic.hi() - topic.lo()) / topic.step();
      int c = topic.lo() + rng.nextInt(steps + 1) * topic.step();
      if (c % roundStep(topic) == 0) {
        c += topic.step() * (1 + rng.nextInt(Math.max(1, roundStep(topic) / topic.step() - 1)));
      }
      this.count = c;
      for (int i = 0; i < 3; i++) {
        String[] pool = QUOTES[i];
        quotes[i] = pool[rng.nextInt(pool.length)].replace("{city}", venue.city());
      }
      Venue prev = VENUES[rng.nextInt(VENUES.length)];
      this.previousCity = prev.city().equals(venue.city()) ? "Vienna".equals(venue.city()) ? "Geneva" : "Vienna" : prev.city();
      this.previousMeeting = eventDate.minusDays(60 + rng.nextInt(500)).withDayOfMonth(1);
      this.outlets = new String[size + 1];
      int start = rng.nextInt(OUTLETS.length);
      int stride = 1 + 2 * rng.nextInt(5);
      for (int k = 0; k <= size; k++) {
        outlets[k] = OUTLETS[(start + k * stride) % OUTLETS.length];
      }
      this.draftRank = exclusiveOther(a.office, a.rank, rng);

      // plants: a contradiction in ~60% of stories, a trap in ~60%, never on the same kind
      String plant = null;
      if (size >= 2 && rng.nextInt(10) < 6) {
        String[] types = {"title-rank", "disjoint-count", "disjoint-duration", "quote-word-changed"};
        plant = types[rng.nextInt(types.length)];
        if (plant.equals("title-rank") && exclusiveOther(a.office, a.rank, rng) == null) {
          plant = "disjoint-count";
        }
      }
      this.plantType = plant;
      this.odd = size <= 1 ? 0 : 1 + rng.nextInt(size - 1);
      this.oddRank = exclusiveOther(a.office, a.rank, rng);
      this.oddHours = hours <= 5 ? hours + 3 : hours - 3;
      this.oddCount = roundDown(count / 2, topic);
      this.quoteOf = rng.nextInt(2);
      this.swap = firstSwap(quotes[quoteOf]);
      this.driftedQuote = swap == null ? quotes[quoteOf] : replaceWord(quotes[quoteOf], swap[0], swap[1]);

      String trap = null;
      if (size >= 2 && rng.nextInt(10) < 6) {
        List<String> allowed = new ArrayList<>();
        String plantKind = plant == null ? "" : kindOf(plant);
        if (!plantKind.equals("title") && !plantKind.equals("quote") && !plantKind.equals("duration")) {
          allowed.add("restatement");
        }
        if (!plantKind.equals("title") && !plantKind.equals("quote") && (b.hasVariants() || a.hasVariants())) {
          allowed.add("spelling-variant");
        }
        if (!plantKind.equals("quantity")) {
          allowed.add("more-than-vs-exact");
        }
        allowed.add("different-days");
        trap = allowed.get(rng.nextInt(allowed.size()));
      }
      this.trapType = trap;
      String[] restatable = {"title", "quote", "duration"};
      this.restated = restatable[rng.nextInt(restatable.length)];
      this.spellingOf = b.hasVariants() ? 1 : 0;
    }

    static String kindOf(String plant) {
      return switch (plant) {
        case "title-rank" -> "title";
        case "disjoint-count" -> "quantity";
        case "disjoint-duration" -> "duration";
        default -> "quote";
      };
    }

    String articleId(int k) {
      return String.format(Locale.ROOT, "s%06d-%d", index, k + 1);
    }

    LocalDate published(int k) {
      return firstPublished.plusDays(k % 2 == 0 ? 0 : 1);
    }

    StoryAnswer answer() {
      List<Planted> ps = new ArrayList<>();
      List<Trap> ts = new ArrayList<>();
      List<String> all = new ArrayList<>();
      for (int k = 0; k < size; k++) {
        all.add(articleId(k));
      }
      List<String> others = new ArrayList<>(all);
      others.remove(articleId(odd));
      if (plantType != null) {
        String id = storyId + "/P1";
        String oddId = articleId(odd);
        switch (plantType) {
          case "title-rank" -> ps.add(new Planted(id, plantType, "title-conflict", "title", a.fullName(0), a.surname(),
              oddId, others, List.of(a.title(oddRank), a.title(a.rank))));
          case "disjoint-count" -> ps.add(new Planted(id, plantType, "quantity-conflict", "quantity", topic.unit(), "",
              oddId, others, List.of(grouped(oddCount), grouped(count))));
          case "disjoint-duration" -> ps.add(new Planted(id, plantType, "duration-conflict", "duration", "", "", oddId,
              others, List.of(NUMBER_WORDS[oddHours] + " hours", NUMBER_WORDS[hours] + " hours")));
          default -> {
            Person who = quoteOf == 0 ? a : b;
            ps.add(new Planted(id, plantType, "quote-drift", "quote", who.fullName(0), who.surname(), oddId, others,
                List.of(swap[1], swap[0], driftedQuote, quotes[quoteOf])));
          }
        }
      }
      if (trapType != null) {
        String id = storyId + "/T1";
        switch (trapType) {
          case "restatement" -> {
            Person who = restated.equals("quote") ? (quoteOf == 0 ? b : a) : a;
            String subject = restated.equals("duration") ? "" : who.fullName(0);
            ts.add(new Trap(id, trapType, List.of(restated), subject,
                restated.equals("duration") ? "" : who.surname(), all, null, List.of()));
          }
          case "spelling-variant" -> {
            Person who = spellingOf == 1 ? b : a;
            ts.add(new Trap(id, trapType, List.of("title", "quote"), who.fullName(0), who.surname(), all, null,
                List.of(String.join("/", who.firsts))));
          }
          case "more-than-vs-exact" -> ts.add(new Trap(id, trapType, List.of("quantity"), topic.unit(), "", all, null,
              List.of("more than " + grouped(roundDown(count, topic)), grouped(count))));
          default -> ts.add(new Trap(id, trapType, List.of("date"), b.fullName(0), b.surname(), all, null,
              List.of(weekday(eventDate), weekday(firstPublished.minusDays(1)))));
        }
      }
      return new StoryAnswer(storyId, ps, ts);
    }

    Item article(int k) {
      SplittableRandom r = new SplittableRandom(mix(seed, index, 1000 + k));
      return render(k, r, false);
    }

    Item draftArticle() {
      SplittableRandom r = new SplittableRandom(mix(seed, index, 99_999));
      return render(size, r, true);
    }

    /** Article {@code k} of the story (k == size for a draft). */
    private Item render(int k, SplittableRandom r, boolean draft) {
      boolean isOdd = !draft && plantType != null && k == odd;
      LocalDate published = draft ? firstPublished.plusDays(1) : published(k);
      String day = weekday(eventDate);
      String when = r.nextInt(4) == 0 ? "on " + monthDay(eventDate) : "on " + day;
      StringBuilder sb = new StringBuilder(3600);

      // names and titles
      int variantA = trapType != null && trapType.equals("spelling-variant") && spellingOf == 0 ? k : 0;
      int variantB = trapType != null && trapType.equals("spelling-variant") && spellingOf == 1 ? k : 0;
      String rankA = draft && draftRank != null ? draftRank : isOdd && plantType.equals("title-rank") ? oddRank : a.rank;
      boolean restateTitle = !draft && "restatement".equals(trapType) && restated.equals("title");
      String titleA = titled(a, rankA, variantA, restateTitle ? k % 3 : r.nextInt(2));
      String titleB = titled(b, b.rank, variantB, restateTitle ? (k + 1) % 3 : r.nextInt(2));

      // lead
      switch (r.nextInt(3)) {
        case 0 -> sb.append(sideA.adj()).append(" and ").append(sideB.adj()).append(" officials met in ")
            .append(venue.city()).append(' ').append(when).append(" for talks on ").append(topic.longName())
            .append(", but the two sides ended the session without an agreement.");
        case 1 -> sb.append("Senior diplomats from ").append(sideA.name()).append(" and ").append(sideB.name())
            .append(" held talks in ").append(venue.city()).append(' ').append(when)
            .append(", the latest attempt to ease tensions over ").append(topic.longName()).append('.');
        default -> sb.append("Talks between ").append(sideA.name()).append(" and ").append(sideB.name()).append(" in ")
            .append(venue.city()).append(' ').append(when).append(" ended with both sides restating their positions on ")
            .append(topic.longName()).append('.');
      }
      sb.append(' ').append(pick(r,
          "Officials on both sides had played down expectations before the meeting, and neither side claimed a result afterwards.",
          "The meeting had been arranged at short notice after weeks of public exchanges between the two governments.",
          "It was the highest-level contact between the two governments in several months, and it was watched closely in "
              + "European capitals."));
      sb.append("\n\n");

      // who led the delegations
      switch (r.nextInt(3)) {
        case 0 -> sb.append("The ").append(sideA.adj()).append(" delegation was led by ").append(titleA)
            .append(", while ").append(asSubject(titleB)).append(" headed the ").append(sideB.adj()).append(" side.");
        case 1 -> sb.append(cap(asSubject(titleA))).append(" led the ").append(sideA.adj()).append(" team. Across the table sat ")
            .append(titleB).append('.');
        default -> sb.append(cap(asSubject(titleB))).append(" headed the delegation from ").append(sideB.capital())
            .append("; the ").append(sideA.adj()).append(" side was led by ").append(titleA).append('.');
      }
      sb.append(' ').append(pick(r, "The meeting took place at " + venue.venue() + ".",
          "Officials said the venue, " + venue.venue() + ", had been chosen weeks in advance.",
          "Reporters waited outside " + venue.venue() + " for most of the day."));
      sb.append("\n\n");

      // how long the talks lasted
      int h = isOdd && plantType.equals("disjoint-duration") ? oddHours : hours;
      boolean restateDuration = "restatement".equals(trapType) && restated.equals("duration");
      int form = restateDuration ? k % 3 : r.nextInt(3);
      String hw = NUMBER_WORDS[h];
      String qualifier = isOdd && plantType.equals("disjoint-duration") ? "nearly " : pick(r, "", "about ", "nearly ");
      switch (form) {
        case 0 -> sb.append("The talks in ").append(venue.city()).append(' ').append(when).append(" lasted ")
            .append(qualifier).append(hw).append(" hours, ").append(pick(r, "according to officials on both sides.",
                "and were followed by a working dinner.", "longer than either delegation had planned."));
        case 1 -> sb.append("After ").append(qualifier).append(hw).append(" hours of talks in ").append(venue.city())
            .append(' ').append(when).append(", ").append(a.last).append(" told reporters the two sides had ")
            .append(pick(r, "agreed to keep talking.", "not narrowed their differences.", "at least understood each other better."));
        default -> sb.append("The ").append(hw).append("-hour meeting in ").append(venue.city()).append(' ').append(when)
            .append(" was the ").append(pick(r, "longest", "most substantial", "first direct")).append(" contact between the two sides in months.");
      }
      sb.append("\n\n");

      // quote of side A
      String qa = quotes[0];
      String qb = quotes[1];
      if (isOdd && plantType.equals("quote-word-changed")) {
        if (quoteOf == 0) {
          qa = driftedQuote;
        } else {
          qb = driftedQuote;
        }
      }
      boolean excerptA = "restatement".equals(trapType) && restated.equals("quote") && quoteOf == 1 && k % 2 == 1;
      boolean excerptB = "restatement".equals(trapType) && restated.equals("quote") && quoteOf == 0 && k % 2 == 1;
      sb.append(quoted(a, qa, r, excerptA)).append("\n\n");

      // the count
      boolean moreThanTrap = "more-than-vs-exact".equals(trapType);
      int cf = moreThanTrap ? k % 2 : r.nextInt(3);
      String countText;
      if (isOdd && plantType.equals("disjoint-count")) {
        countText = "some " + grouped(oddCount) + " " + topic.unit();
      } else {
        countText = switch (cf) {
          case 0 -> "more than " + grouped(roundDown(count, topic)) + " " + topic.unit();
          case 1 -> grouped(count) + " " + topic.unit();
          default -> "about " + grouped(count) + " " + topic.unit();
        };
      }
      switch (r.nextInt(3)) {
        case 0 -> sb.append("Western officials estimate that ").append(countText).append(" are ")
            .append(topic.countContext()).append(", a figure ").append(sideB.capital()).append(" has not disputed.");
        case 1 -> sb.append(cap(sideA.name())).append(" says ").append(countText).append(" are ").append(topic.countContext())
            .append('.');
        default -> sb.append("By ").append(pick(r, "most", "official", "independent")).append(" estimates, ")
            .append(countText).append(" are ").append(topic.countContext()).append('.');
      }
      sb.append(' ').append(pick(r, "The number has been at the heart of the dispute.",
          "Both delegations referred to the figure during the session.",
          "Diplomats said the figure would be discussed again."));
      sb.append("\n\n");

      // quote of side B
      sb.append(quoted(b, qb, r, excerptB)).append("\n\n");

      // statements on days (the different-days trap), or a plain reaction
      if ("different-days".equals(trapType)) {
        if (k % 2 == 0) {
          sb.append("On ").append(day).append(", ").append(b.last)
              .append(" said the atmosphere at the table had been businesslike and that the delegations had agreed to stay in contact.");
        } else {
          sb.append(b.last).append(" said on ").append(weekday(firstPublished.minusDays(1))).append(" that ")
              .append(sideB.capital()).append(" would study the proposals before deciding on its next steps.");
        }
        sb.append("\n\n");
      }

      // background, in an order of its own
      List<String> background = background(r);
      int keep = 7 + r.nextInt(4);
      for (int i = 0; i < keep && !background.isEmpty(); i++) {
        sb.append(background.remove(r.nextInt(background.size()))).append("\n\n");
      }
      sb.append(pick(r, "Officials said further contacts were expected in the coming weeks.",
          "No date was set for another round.",
          "Both delegations were due to report back to their capitals before deciding on next steps."));
      sb.append('\n');

      String title = switch (r.nextInt(4)) {
        case 0 -> cap(sideA.name()) + " and " + sideB.name() + " end " + venue.city() + " talks on " + topic.shortName()
            + " without breakthrough";
        case 1 -> "No breakthrough as " + venue.city() + " talks on " + topic.shortName() + " wrap up";
        case 2 -> venue.city() + " talks: " + sideA.adj() + " and " + sideB.adj() + " officials trade warnings over "
            + topic.shortName();
        default -> "Diplomats meet in " + venue.city() + " as tensions over " + topic.shortName() + " persist";
      };
      String id = draft ? String.format(Locale.ROOT, "draft-s%06d", index) : articleId(k);
      return new Item(id, sb.toString(), title, outlets[k % outlets.length], published, storyId);
    }

    /** A title used as the subject of a verb: an appositive closes with a comma. */
    private static String asSubject(String titled) {
      return titled.contains(", ") ? titled + "," : titled;
    }

    /** A title next to the name, in one of three styles (2: lower-case appositive, or "Vice"). */
    private String titled(Person p, String rank, int variant, int style) {
      String name = p.fullName(variant);
      return switch (style) {
        case 0 -> p.country.adj() + " " + p.title(rank) + " " + name;
        case 1 -> p.title(rank) + " " + name;
        default -> {
          if (rank.equals("Deputy") && p.office == FOREIGN_MIN) {
            yield p.country.adj() + " Vice Foreign Minister " + name;
          }
          yield name + ", " + p.country.possessive() + " " + p.title(rank).toLowerCase(Locale.ROOT);
        }
      };
    }

    private String quoted(Person p, String quote, SplittableRandom r, boolean excerpt) {
      if (excerpt) {
        String[] words = quote.split(" ");
        int len = Math.min(words.length, 5 + r.nextInt(2));
        int from = words.length - len;
        String part = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)).replaceAll("[,.]$", "");
        return p.last + " warned that \u201c" + part + ".\u201d";
      }
      return switch (r.nextInt(3)) {
        case 0 -> "\u201c" + quote + ",\u201d " + p.last + " said" + pick(r, ".", " after the talks.", " in a statement.");
        case 1 -> p.last + " told reporters: \u201c" + quote + ".\u201d";
        default -> "\u201c" + quote + ",\u201d " + p.last + " told journalists as the talks ended.";
      };
    }

    /** Background paragraphs; every fact they state is a fact of the story. */
    private List<String> background(SplittableRandom r) {
      List<String> out = new ArrayList<>();
      out.add("The meeting was the first of its kind since " + monthYear(previousMeeting)
          + ", when the two sides last sat down together in " + previousCity + ". Little came of that round.");
      out.add("Diplomats described the atmosphere as businesslike. Neither delegation announced a date for a further "
          + "round, although officials on both sides said contacts would continue at a lower level.");
      out.add(cap(topic.longName()) + " has dominated diplomatic contacts for weeks, and several governments have "
          + "urged restraint. " + pick(r, "European capitals have followed the talks closely.",
          "Allies were briefed before and after the session.", "Neighbouring countries have called for calm."));
      out.add(analyst + ", " + pick(r, "a senior fellow at ", "an analyst at ", "a researcher at ") + thinkTank
          + ", said the " + venue.city() + " meeting showed how far apart the two sides remained. \u201c" + quotes[2]
          + ",\u201d " + analyst.substring(analyst.lastIndexOf(' ') + 1) + " said.");
      out.add("Officials in " + sideB.capital() + " have repeatedly denied any plan to escalate, describing their "
          + "moves as a response to Western pressure. " + sideA.capital() + " has rejected that account.");
      out.add("Markets reacted calmly. European gas prices held close to their levels of the previous week, and "
          + "traders said they would wait for the outcome of further contacts before taking positions.");
      out.add("Analysts cautioned against reading too much into the tone of the statements, noting that similar "
          + "talks in the past had produced warm words and little else.");
      out.add("The " + sideA.adj() + " side had coordinated its positions with partners ahead of the meeting, and "
          + "officials said allies had been kept informed throughout the day.");
      out.add(cap(sideA.name()) + " and its allies have prepared a package of measures that officials say could be "
          + "used if diplomacy fails. Details have not been made public, but diplomats said the options had been "
          + "discussed with partners in recent days.");
      out.add("Before the talks, " + sideB.adj() + " state media carried comments from officials who said "
          + sideB.capital() + " expected little from the meeting and would not be rushed into concessions.");
      out.add("The " + venue.city() + " meeting followed weeks of preparatory contacts between lower-level officials, "
          + "who met several times by video link to agree on an agenda and on the composition of the delegations.");
      out.add("Humanitarian organisations, which were not represented at the talks, have urged both sides to keep "
          + "the concerns of civilians at the centre of any agreement. "
          + pick(r, "Their appeals were not discussed in detail.", "Officials said the issue had been raised briefly.",
          "Several groups issued statements after the session."));
      out.add("Opposition lawmakers in " + sideA.capital() + " criticised the government for agreeing to the meeting, "
          + "saying it rewarded pressure with attention. Government officials replied that talking was not the same "
          + "as agreeing.");
      out.add("Diplomats familiar with the preparations said the agenda had been kept deliberately narrow, in the hope "
          + "that a modest first step would be easier to agree than a broad settlement. Neither side has published its "
          + "proposals in full.");
      out.add("Public opinion in " + sideA.name() + " remains sceptical of talks with " + sideB.capital()
          + ", according to recent polls, and several commentators warned the government against raising expectations.");
      out.add("Security around " + venue.venue() + " was tight, with police closing several streets in the centre of "
          + venue.city() + " for most of the day. A small group of protesters gathered nearby but dispersed peacefully.");
      return out;
    }

    private static String pick(SplittableRandom r, String... options) {
      return options[r.nextInt(options.length)];
    }
  }

  /** A rank of the office that excludes {@code rank}, or null (no other exclusive rank). */
  private static String exclusiveOther(Office office, String rank, SplittableRandom rng) {
    List<String> others = new ArrayList<>();
    for (String x : office.ranks()) {
      if (!x.equals(rank)) {
        others.add(x);
      }
    }
    return others.isEmpty() ? null : others.get(rng.nextInt(others.size()));
  }

  private static String[] firstSwap(String quote) {
    for (String w : quote.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      for (String[] s : SWAPS) {
        if (s[0].equals(w)) {
          return s;
        }
      }
    }
    return null;
  }

  private static String replaceWord(String text, String from, String to) {
    return text.replaceFirst("\\b" + from + "\\b", to);
  }

  private static int roundStep(Topic t) {
    return switch (t.roundTo()) {
      case "thousand" -> t.lo() >= 10_000 ? 10_000 : 1_000;
      case "hundred" -> 100;
      default -> 10;
    };
  }

  /** Rounded down to the topic's round step: 106,000 gives 100,000. */
  private static int roundDown(int n, Topic t) {
    int step = roundStep(t);
    return Math.max(step, n / step * step);
  }

  static String grouped(int n) {
    String s = Integer.toString(n);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(s.charAt(i));
    }
    return sb.toString();
  }

  static String weekday(LocalDate d) {
    return weekday(d.getDayOfWeek());
  }

  static String weekday(DayOfWeek d) {
    String w = d.name();
    return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
  }

  /** AP style: "Jan. 10", "March 3". */
  static String monthDay(LocalDate d) {
    return MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth();
  }

  static String monthYear(LocalDate d) {
    String m = d.getMonth().name();
    return m.charAt(0) + m.substring(1).toLowerCase(Locale.ROOT) + " " + d.getYear();
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
