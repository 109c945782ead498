package io.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a claim is about in time and place: the event it describes, as far as the text says.
 * Every field may be null (unknown). {@code id} is set by resolution when the claim is linked
 * to an event of its story.
 *
 * @param place a city or venue ("Geneva", "Brussels", "Vienna")
 * @param org an organisation hosting the event ("NATO", "OSCE")
 * @param noun the event noun ("talks", "meeting", "session", "dinner")
 * @param weekday the day of the week
 * @param date the calendar date, when resolved
 * @param id the story's event id after resolution, or null
 */
public record EventContext(String place, String org, String noun, DayOfWeek weekday, LocalDate date, String id) {
  public static final EventContext NONE = new EventContext(null, null, null, null, null, null);

  public boolean isEmpty() {
    return place == null && org == null && weekday == null && date == null;
  }

  public EventContext withId(String newId) {
    return new EventContext(place, org, noun, weekday, date, newId);
  }

  /** "Geneva, Monday", "NATO, Wednesday"; "" when nothing is known. */
  public String label() {
    List<String> parts = new ArrayList<>();
    if (place != null) {
      parts.add(place);
    } else if (org != null) {
      parts.add(org);
    }
    if (weekday != null) {
      String w = weekday.name();
      parts.add(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
    } else if (date != null) {
      parts.add(date.toString());
    }
    return String.join(", ", parts);
  }
}
