package io.crosscheck.resolve;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.EventContext;
import io.crosscheck.extract.Title;
import io.crosscheck.load.Article;
import io.crosscheck.resolve.Names.PersonName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves the people, organisations, titles and events of one story. Thread-safe: each call
 * works on its own state, and the caches of parsed names, canonical titles and subjects shared
 * between calls are concurrent.
 *
 * <p>In order:
 *
 * <ol>
 *   <li>Subjects that name a person ("Sergey Lavrov", "Mr. Lavrov", "Wendy R. Sherman") are
 *       clustered across the story's articles and replaced by the person's canonical name
 *       ({@link People}). Other subjects go through the alias lexicon ("Organization for
 *       Security and Cooperation in Europe" is "OSCE", "Russia's troops" is "Russian troops").
 *   <li>Title values are canonicalised ({@link Titles#canonical}); "X's deputy" becomes X's own
 *       office at rank deputy; a title without an organisation takes it from the same person's
 *       other titles of the same office when they name exactly one.
 *   <li>A subject that is a role description ("Blinken's deputy", "the Kremlin spokesman") goes
 *       to the one person holding that role, in the same article first.
 *   <li>Event contexts are linked into the story's events ({@link Events}) and each claim's
 *       context gets its event id.
 * </ol>
 *
 * <p>Cost is near-linear in the number of claims: name mentions are blocked by surname (keys made
 * by Lucene analysis chains), titles and events are grouped through hash maps.
 */
public final class Resolver {
  /** Distinct subjects, titles and surnames kept in each cache shared between stories. */
  private static final int CACHED = 50_000;

  private final Lexicon lexicon;
  private final Memo<String, Subject> subjectsRead;
  private final Memo<Title, Canonical> titlesRead;

  /**
   * What a subject as written stands for, read once: the person it names; else the owner in
   * "Blinken's deputy", the role it describes ("the Kremlin spokesman") and its lexicon form.
   */
  private record Subject(PersonName person, PersonName owner, Title role, String other) {}

  /** A title as extracted made canonical, and the principal a "deputy to X" title names (or null). */
  private record Canonical(Title title, PersonName principal) {}

  public Resolver(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.subjectsRead = new Memo<>(this::readSubject, CACHED);
    this.titlesRead = new Memo<>(this::readTitle, CACHED);
  }

  private Subject readSubject(String subject) {
    PersonName person = Names.parse(subject, lexicon);
    String owner = person == null ? deputyOf(subject, lexicon) : null;
    return new Subject(person, owner == null ? null : Names.parse(owner, lexicon), role(subject, lexicon),
        lexicon.subject(subject));
  }

  private Canonical readTitle(Title written) {
    Title t = Titles.canonical(written, lexicon);
    String principal = Titles.principal(t);
    return new Canonical(t, principal == null ? null : Names.ofWords(principal));
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** Claims with canonical subjects, titles and linked events, in the order given. */
  public ResolvedStory resolve(String story, List<Article> articles, List<Claim> claims) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) {
      byId.put(a.id(), a);
    }
    int n = claims.size();
    List<People.Mention> mentions = new ArrayList<>();
    int[] mentionOf = new int[n];
    int[] principalOf = new int[n];
    int[] ownerOf = new int[n];
    Title[] titles = new Title[n];
    // a story repeats its subjects and titles: each distinct one goes to the shared caches once
    Subject[] read = new Subject[n];
    Map<String, Subject> storySubjects = new HashMap<>();
    Map<Title, Canonical> storyTitles = new HashMap<>();
    Article a = null;
    for (int i = 0; i < n; i++) {
      Claim c = claims.get(i);
      mentionOf[i] = -1;
      principalOf[i] = -1;
      ownerOf[i] = -1;
      Subject s = storySubjects.computeIfAbsent(c.subject(), subjectsRead::get);
      read[i] = s;
      if (s.person() != null) {
        if (a == null || !a.id().equals(c.article())) {
          a = byId.get(c.article());
        }
        mentionOf[i] = mentions.size();
        mentions.add(new People.Mention(c.article(), s.person(), position(c, s.person(), a), true));
      } else if (s.owner() != null) {
        // "Blinken's deputy" as a subject: resolve Blinken with the other people
        ownerOf[i] = mentions.size();
        mentions.add(new People.Mention(c.article(), s.owner(), c.start(), false));
      }
      if (c.normalized() instanceof Title t) {
        Canonical canonical = storyTitles.computeIfAbsent(t, titlesRead::get);
        titles[i] = canonical.title();
        if (canonical.principal() != null) {
          principalOf[i] = mentions.size();
          mentions.add(new People.Mention(c.article(), canonical.principal(), c.start(), false));
        }
      }
    }
    People people = new People(mentions, id -> byId.containsKey(id) ? byId.get(id).text() : null);

    // titles of each person
    Map<Integer, List<Integer>> titlesOf = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (titles[i] != null && mentionOf[i] >= 0) {
        titlesOf.computeIfAbsent(people.person(mentionOf[i]), k -> new ArrayList<>()).add(i);
      }
    }
    // "deputy to blinken": the principal's own office at rank deputy
    for (int i = 0; i < n; i++) {
      if (principalOf[i] < 0) {
        continue;
      }
      Title own = principalOffice(titlesOf.getOrDefault(people.person(principalOf[i]), List.of()), titles);
      Title t = titles[i];
      titles[i] = own != null
          ? new Title(own.office(), "deputy", t.org().isEmpty() ? own.org() : t.org(), t.former(), t.acting())
          : new Title("deputy to " + Keys.fold(people.canonical(principalOf[i])), "", t.org(), t.former(), t.acting());
    }
    fillOrgs(titlesOf, titles);

    // subjects
    String[] subjects = new String[n];
    for (int i = 0; i < n; i++) {
      if (mentionOf[i] >= 0) {
        subjects[i] = people.canonical(mentionOf[i]);
      }
    }
    Descriptions descriptions = new Descriptions(titlesOf, titles, claims, subjects);
    for (int i = 0; i < n; i++) {
      if (subjects[i] != null) {
        continue;
      }
      Title role;
      if (ownerOf[i] >= 0) {
        Title own = principalOffice(titlesOf.getOrDefault(people.person(ownerOf[i]), List.of()), titles);
        role = own == null ? null : new Title(own.office(), "deputy", own.org(), false, false);
      } else {
        role = read[i].role();
      }
      String who = role == null ? null : descriptions.holder(role, claims.get(i).article());
      subjects[i] = who != null ? who : read[i].other();
    }

    // events
    List<EventContext> contexts = new ArrayList<>(n);
    for (Claim c : claims) {
      contexts.add(c.event());
    }
    Events events = new Events(contexts, lexicon);

    List<Claim> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Claim c = claims.get(i);
      Claim r = c.withSubject(subjects[i]).withEvent(events.context(i));
      if (titles[i] != null) {
        r = r.withNormalized(titles[i]);
      }
      out.add(r);
    }
    return new ResolvedStory(story, articles, out, events.events());
  }

  /** Where a person's name stands in the article: in the claim's sentence, else the claim itself. */
  private static int position(Claim c, PersonName p, Article a) {
    if (a == null || c.sentence().isEmpty()) {
      return c.start();
    }
    String text = a.text();
    int from = Math.min(c.start(), text.length());
    // the sentence holds the value: where it starts follows from where the value stands in it
    // (unless the value is written twice in the sentence; then search)
    int inSentence = c.sentence().indexOf(c.value());
    int guess = from - inSentence;
    int s = inSentence >= 0 && guess >= 0 && text.startsWith(c.sentence(), guess)
        ? guess : text.lastIndexOf(c.sentence(), from);
    if (s < 0) {
      return c.start();
    }
    int k = c.sentence().indexOf(p.display());
    if (k < 0) {
      k = c.sentence().indexOf(p.surname());
    }
    return k < 0 ? c.start() : s + k;
  }

  /** The principal's own current office (rank none), the most often stated; null when unknown. */
  private static Title principalOffice(List<Integer> claims, Title[] titles) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Title> byKey = new HashMap<>();
    for (int j : claims) {
      Title t = titles[j];
      if (t.rank().isEmpty() && !t.former() && Titles.principal(t) == null) {
        String k = t.office() + "\u0000" + t.org();
        counts.merge(k, 1, Integer::sum);
        byKey.putIfAbsent(k, t);
      }
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    if (best == null) {
      return null;
    }
    Title t = byKey.get(best);
    if (t.org().isEmpty()) {
      // an organisation the same office has elsewhere
      for (Title o : byKey.values()) {
        if (o.office().equals(t.office()) && !o.org().isEmpty()) {
          return new Title(t.office(), "", o.org(), false, false);
        }
      }
    }
    return t;
  }

  /**
   * A title without an organisation takes the organisation of the same person's other titles of
   * the same office (former with former, current with current) when they name exactly one.
   */
  private static void fillOrgs(Map<Integer, List<Integer>> titlesOf, Title[] titles) {
    for (List<Integer> js : titlesOf.values()) {
      // office -> its one organisation ("" when several), of current and of former titles
      Map<String, String> current = new HashMap<>();
      Map<String, String> former = new HashMap<>();
      for (int j : js) {
        Title t = titles[j];
        if (!t.org().isEmpty()) {
          Map<String, String> orgs = t.former() ? former : current;
          String had = orgs.putIfAbsent(t.office(), t.org());
          if (had != null && !had.equals(t.org())) {
            orgs.put(t.office(), "");
          }
        }
      }
      for (int j : js) {
        Title t = titles[j];
        if (t.org().isEmpty()) {
          String org = (t.former() ? former : current).get(t.office());
          if (org != null && !org.isEmpty()) {
            titles[j] = new Title(t.office(), t.rank(), org, t.former(), t.acting());
          }
        }
      }
    }
  }

  /** The owner in "Blinken's deputy" (a rank alone after a possessive), or null. */
  private static String deputyOf(String subject, Lexicon lex) {
    String s = subject.replace('\u2019', '\'').strip();
    int apo = s.indexOf("'s ");
    if (apo <= 0) {
      return null;
    }
    return "deputy".equals(lex.rank(Keys.key(s.substring(apo + 3)))) ? s.substring(0, apo) : null;
  }

  /**
   * The role a subject describes ("the Kremlin spokesman", "Russia's foreign minister"), or null
   * when it names no office the title lexicon knows.
   */
  private static Title role(String subject, Lexicon lex) {
    String s = Keys.fold(subject).replace('\u2019', '\'').strip();
    int apo = s.indexOf("'s ");
    Title written = apo > 0 && lex.entityByKey(Keys.key(s.substring(0, apo))) != null
        ? new Title(s.substring(apo + 3), "", s.substring(0, apo), false, false)
        : new Title(s, "", "", false, false);
    Title t = Titles.canonical(written, lex);
    if (t.office().isEmpty() || (lex.office(t.office()) == null && lex.officeWhenTo(t.office()) == null)) {
      return null;
    }
    return t;
  }

  /** Role descriptions as subjects ("Blinken's deputy", "the Kremlin spokesman"). */
  private static final class Descriptions {
    /** canonical office -> (article, person name, title) of every person's title claims. */
    private final Map<String, List<Holder>> byOffice = new HashMap<>();

    private record Holder(String article, String person, Title title) {}

    Descriptions(Map<Integer, List<Integer>> titlesOf, Title[] titles, List<Claim> claims, String[] subjects) {
      for (List<Integer> js : titlesOf.values()) {
        for (int j : js) {
          byOffice.computeIfAbsent(titles[j].office(), k -> new ArrayList<>())
              .add(new Holder(claims.get(j).article(), subjects[j], titles[j]));
        }
      }
    }

    /** The person holding a role: the one holder in the article, else in the story; or null. */
    String holder(Title role, String article) {
      String inArticle = null;
      String inStory = null;
      boolean manyInArticle = false;
      boolean manyInStory = false;
      for (Holder h : byOffice.getOrDefault(role.office(), List.of())) {
        if (!Titles.sameRole(role, h.title())) {
          continue;
        }
        if (inStory != null && !inStory.equals(h.person())) {
          manyInStory = true;
        }
        inStory = inStory == null ? h.person() : inStory;
        if (h.article().equals(article)) {
          if (inArticle != null && !inArticle.equals(h.person())) {
            manyInArticle = true;
          }
          inArticle = inArticle == null ? h.person() : inArticle;
        }
      }
      if (inArticle != null) {
        return manyInArticle ? null : inArticle;
      }
      return manyInStory ? null : inStory;
    }
  }
}
