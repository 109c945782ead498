package io.crosscheck.resolve;

/** Union-find with path halving; the smaller index is the root, so results follow input order. */
final class UnionFind {
  private final int[] parent;

  UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Joins the sets of {@code a} and {@code b}; returns the root of the joined set. */
  int union(int a, int b) {
    int x = find(a);
    int y = find(b);
    if (x == y) {
      return x;
    }
    int r = Math.min(x, y);
    parent[Math.max(x, y)] = r;
    return r;
  }
}
