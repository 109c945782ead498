/**
 * Benchmarks on generated corpora: {@code crosscheck bench}.
 *
 * <p>{@link io.crosscheck.bench.CorpusGenerator} writes realistic news coverage at any scale
 * (JSON Lines, the bulk input format) from a seed: stories of 3-6 articles by different outlets
 * about talks between delegations, with people and their titles (some names with transliteration
 * variants), counts with qualifiers, durations of the talks, weekdays relative to the publication
 * date, and quotes. Into some stories it plants a contradiction (a rank conflict in a title,
 * disjoint counts, disjoint durations of one meeting, a quote with a content word changed), into
 * others a trap that must not be flagged (a restatement in other words, Sergei/Sergey, "more than
 * 100,000" against "106,000", statements on different days), and writes both to a sidecar answer
 * file. {@link io.crosscheck.bench.CorpusReader} streams a corpus back story by story.
 *
 * <p>{@link io.crosscheck.bench.Bench} measures, on each thread count: the check throughput next
 * to a tokenization-only pass over the same text (the floor any text pipeline pays), the index
 * throughput, peak heap, draft-against-archive latency, and the planted contradictions found and
 * traps flagged ({@link io.crosscheck.bench.Answers}).
 */
package io.crosscheck.bench;
