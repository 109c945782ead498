package io.crosscheck.extract;

import java.util.List;

/** Finds the claims of one kind in a document. Implementations are stateless and thread-safe. */
public interface Extractor {
  /** Claims in any order, ids left empty; never throws on odd text, returns nothing instead. */
  List<Claim> extract(Document doc);
}
