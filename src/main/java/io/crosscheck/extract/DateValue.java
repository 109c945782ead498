package io.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * When something happened: a date, a weekday, or both.
 *
 * @param date the calendar date, or null when it cannot be resolved (no publication date)
 * @param weekday the weekday, or null when only a date was given and it is unknown
 * @param activity what happened then ("meeting", "talks", "said", "warned"), or ""
 * @param relative true when resolved from a relative expression ("on Friday", "two days earlier")
 */
public record DateValue(LocalDate date, DayOfWeek weekday, String activity, boolean relative) implements ClaimValue {
  public DateValue {
    if (date == null && weekday == null) {
      throw new IllegalArgumentException("a date claim needs a date or a weekday");
    }
    if (weekday == null) {
      weekday = date.getDayOfWeek();
    }
    activity = activity == null ? "" : activity;
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.DATE;
  }

  @Override
  public Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    if (date != null) {
      m.put("date", date.toString());
    }
    m.put("weekday", weekday.name().toLowerCase(Locale.ROOT));
    if (!activity.isEmpty()) {
      m.put("activity", activity);
    }
    if (relative) {
      m.put("relative", true);
    }
    return m;
  }

  @Override
  public String key() {
    return date != null ? date.toString() : weekday.name();
  }
}
