package io.crosscheck.extract;

/**
 * A numeric range a statement allows: "more than 100,000" is (100000, inf), "nearly four" is
 * [3.5, 4], "106,000" is [106000, 106000].
 */
public record Interval(double lo, double hi, boolean loOpen, boolean hiOpen) {
  public Interval {
    if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
      throw new IllegalArgumentException("bad interval [" + lo + ", " + hi + "]");
    }
  }

  public static Interval exact(double x) {
    return new Interval(x, x, false, false);
  }

  public static Interval closed(double lo, double hi) {
    return new Interval(lo, hi, false, false);
  }

  /** [lo, hi) */
  public static Interval halfOpen(double lo, double hi) {
    return new Interval(lo, hi, false, true);
  }

  /** (x, inf) */
  public static Interval above(double x) {
    return new Interval(x, Double.POSITIVE_INFINITY, true, true);
  }

  /** [x, inf) */
  public static Interval atLeast(double x) {
    return new Interval(x, Double.POSITIVE_INFINITY, false, true);
  }

  /** [0, x) */
  public static Interval below(double x) {
    return new Interval(0, x, false, true);
  }

  /** [0, x] */
  public static Interval atMost(double x) {
    return new Interval(0, x, false, false);
  }

  public boolean isPoint() {
    return lo == hi;
  }

  public Interval scale(double factor) {
    return new Interval(lo * factor, hi * factor, loOpen, hiOpen);
  }

  /** Widens both ends by a relative tolerance (0.05 is 5%), so rounding is not a conflict. */
  public Interval widen(double relative) {
    double l = lo - Math.abs(lo) * relative;
    double h = Double.isInfinite(hi) ? hi : hi + Math.abs(hi) * relative;
    return new Interval(Math.max(0, l), h, loOpen && relative == 0, hiOpen && relative == 0);
  }

  public boolean contains(double x) {
    boolean aboveLo = loOpen ? x > lo : x >= lo;
    boolean belowHi = hiOpen ? x < hi : x <= hi;
    return aboveLo && belowHi;
  }

  /** True when some number satisfies both. */
  public boolean overlaps(Interval o) {
    if (hi < o.lo || o.hi < lo) {
      return false;
    }
    if (hi == o.lo) {
      return !hiOpen && !o.loOpen;
    }
    if (o.hi == lo) {
      return !o.hiOpen && !loOpen;
    }
    return true;
  }

  @Override
  public String toString() {
    return (loOpen ? "(" : "[") + fmt(lo) + ", " + fmt(hi) + (hiOpen ? ")" : "]");
  }

  static String fmt(double d) {
    if (Double.isInfinite(d)) {
      return "inf";
    }
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
