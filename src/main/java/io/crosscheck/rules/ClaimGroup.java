package io.crosscheck.rules;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.ClaimValue;
import io.crosscheck.extract.DateValue;
import io.crosscheck.extract.Duration;
import io.crosscheck.extract.Interval;
import io.crosscheck.extract.Quantity;
import io.crosscheck.extract.Quote;
import io.crosscheck.extract.Title;
import java.util.List;
import java.util.Objects;

/**
 * The fact rules match on: the claims of one story that state the same value about the same
 * subject and attribute (and, where known, the same event). A rule compares two groups; a finding
 * carries the evidence of every claim in both.
 *
 * <p>Fields for DRL constraints: {@code id}, {@code story}, {@code kind} ("title", "quantity",
 * "duration", "date", "quote"), {@code subject}, {@code attribute}, {@code key} (the normalised
 * value as text), {@code event} (event id or ""), {@code context} ("Geneva, Monday" or ""),
 * {@code value} (as written, in the first article), {@code articles} (sorted ids), {@code
 * claims}; and per kind {@code lo}, {@code hi}, {@code measure} (the unit), {@code vague}, {@code planned},
 * {@code relative}, {@code office}, {@code rank}, {@code org}, {@code former}, {@code words},
 * {@code partial}, {@code date}, {@code weekday}.
 */
public record ClaimGroup(
    String id,
    String story,
    String kind,
    String subject,
    String attribute,
    String key,
    String event,
    String context,
    String value,
    ClaimValue normalized,
    List<Claim> claims,
    List<String> articles) {

  public ClaimGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(normalized, "normalized");
    claims = List.copyOf(claims);
    articles = List.copyOf(articles);
    event = event == null ? "" : event;
    context = context == null ? "" : context;
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("empty group " + id);
    }
  }

  /** The numeric range of a quantity or duration; null for other kinds. */
  public Interval interval() {
    return switch (normalized) {
      case Quantity q -> q.value();
      case Duration d -> d.seconds();
      default -> null;
    };
  }

  public double getLo() {
    Interval i = interval();
    return i == null ? Double.NaN : i.lo();
  }

  public double getHi() {
    Interval i = interval();
    return i == null ? Double.NaN : i.hi();
  }

  /** What is counted ("troop", "country"); "second" for durations. ({@code unit} is reserved in DRL.) */
  public String getMeasure() {
    return normalized instanceof Quantity q ? q.unit() : normalized instanceof Duration ? "second" : "";
  }

  public boolean isVague() {
    return normalized instanceof Quantity q && q.vague();
  }

  public boolean isPlanned() {
    return normalized instanceof Duration d && d.planned();
  }

  public boolean isRelative() {
    return normalized instanceof Duration d ? d.relative() : normalized instanceof DateValue dv && dv.relative();
  }

  public String getOffice() {
    return normalized instanceof Title t ? t.office() : "";
  }

  public String getRank() {
    return normalized instanceof Title t ? t.rank() : "";
  }

  public String getOrg() {
    return normalized instanceof Title t ? t.org() : "";
  }

  public boolean isFormer() {
    return normalized instanceof Title t && t.former();
  }

  public String getWords() {
    return normalized instanceof Quote q ? q.words() : "";
  }

  public boolean isPartial() {
    return normalized instanceof Quote q && q.partial();
  }

  public String getDate() {
    return normalized instanceof DateValue d && d.date() != null ? d.date().toString() : "";
  }

  public String getWeekday() {
    return normalized instanceof DateValue d ? d.weekday().name().toLowerCase(java.util.Locale.ROOT) : "";
  }

  /** True when the two groups share no article (a cross-article comparison). */
  public boolean disjointArticles(ClaimGroup other) {
    for (String a : articles) {
      if (other.articles.contains(a)) {
        return false;
      }
    }
    return true;
  }

  /** Article ids, comma separated, for messages. */
  public String where() {
    return String.join(", ", articles);
  }

  /** The value as written, with its context when known: "nearly eight hours (Geneva, Monday)". */
  public String valueInContext() {
    return context.isEmpty() ? value : value + " (" + context + ")";
  }
}
