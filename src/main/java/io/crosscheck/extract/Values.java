package io.crosscheck.extract;

import java.util.Map;

final class Values {
  private Values() {}

  static void putInterval(Map<String, Object> m, Interval i) {
    m.put("min", number(i.lo()));
    m.put("max", Double.isInfinite(i.hi()) ? null : number(i.hi()));
    if (i.loOpen()) {
      m.put("minExclusive", true);
    }
    if (i.hiOpen() && !Double.isInfinite(i.hi())) {
      m.put("maxExclusive", true);
    }
  }

  static Object number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
  }
}
