package io.crosscheck.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long something lasted: "nearly eight hours of conversation", "the four hour-long meeting".
 *
 * @param seconds the range in seconds
 * @param activity what lasted ("talks", "meeting", "session", "dinner", "conversation"), or ""
 * @param qualifier canonical qualifier ("nearly", "about", "more than"), or ""
 * @param planned true for plans and expectations ("expected to last three hours"), never outcomes
 * @param relative true for relative statements ("an hour longer than expected"): never compared
 *     with absolute durations
 */
public record Duration(Interval seconds, String activity, String qualifier, boolean planned, boolean relative)
    implements ClaimValue {
  public Duration {
    Objects.requireNonNull(seconds, "seconds");
    activity = activity == null ? "" : activity;
    qualifier = qualifier == null ? "" : qualifier;
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.DURATION;
  }

  @Override
  public Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unit", "second");
    Values.putInterval(m, seconds);
    if (!activity.isEmpty()) {
      m.put("activity", activity);
    }
    if (!qualifier.isEmpty()) {
      m.put("qualifier", qualifier);
    }
    m.put("modality", planned ? "planned" : "outcome");
    if (relative) {
      m.put("relative", true);
    }
    return m;
  }

  @Override
  public String key() {
    return (relative ? "relative " : "") + (planned ? "planned " : "") + seconds;
  }
}
