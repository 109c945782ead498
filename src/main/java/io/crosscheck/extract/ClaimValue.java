package io.crosscheck.extract;

import java.util.Map;

/** The normalised value of a claim: one record per claim kind. */
public sealed interface ClaimValue
    permits Quantity, Duration, DateValue, Title, Quote {

  ClaimKind kind();

  /** The fields written under {@code normalized} in the JSON report (stable key order). */
  Map<String, Object> fields();

  /** A key equal for values that state the same thing; claims with one key are grouped. */
  String key();
}
