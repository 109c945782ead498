package io.crosscheck.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A count of things: "more than 100,000 troops", "57-country", "tens of thousands".
 *
 * @param value the range the words allow
 * @param unit what is counted, singular and canonical ("troop", "country", "tank")
 * @param qualifier the qualifier as a canonical word ("more than", "nearly", "about"), or ""
 * @param vague true for round orders of magnitude ("tens of thousands", "hundreds", "dozens")
 */
public record Quantity(Interval value, String unit, String qualifier, boolean vague) implements ClaimValue {
  public Quantity {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    qualifier = qualifier == null ? "" : qualifier;
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.QUANTITY;
  }

  @Override
  public Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unit", unit);
    Values.putInterval(m, value);
    if (!qualifier.isEmpty()) {
      m.put("qualifier", qualifier);
    }
    if (vague) {
      m.put("vague", true);
    }
    return m;
  }

  @Override
  public String key() {
    return unit + " " + value;
  }
}
