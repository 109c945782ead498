package io.crosscheck.resolve;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe cache of a pure function, shared by every story a resolver sees: the
 * same names, titles and subjects recur from story to story (the rules use one for quote
 * comparisons). When full it is emptied, which bounds memory on an archive of any size at the
 * cost of recomputing. Null results are cached too.
 */
public final class Memo<K, V> {
  private final Function<K, V> function;
  private final int capacity;
  private final ConcurrentHashMap<K, Optional<V>> values = new ConcurrentHashMap<>();

  public Memo(Function<K, V> function, int capacity) {
    this.function = function;
    this.capacity = capacity;
  }

  /** The function's value for {@code key}, or null. */
  public V get(K key) {
    Optional<V> v = values.get(key);
    if (v == null) {
      v = Optional.ofNullable(function.apply(key));
      if (values.size() >= capacity) {
        values.clear();
      }
      values.put(key, v);
    }
    return v.orElse(null);
  }
}
