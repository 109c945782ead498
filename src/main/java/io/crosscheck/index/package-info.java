/**
 * The archive of past coverage: a persistent Lucene index of articles and their claims, and the
 * lookups that compare a draft with it.
 *
 * <p>{@link io.crosscheck.index.Indexer} writes the index ({@code crosscheck index PATH... --index
 * DIR}). Every article becomes one document (metadata, content hash, the full text for
 * re-resolution, and a "lead" of title and first lines for similarity search); every claim
 * becomes one document with keyword fields (kind, attribute, subject and surname, normalised
 * value key, story, publication day) and a JSON blob from which the {@link
 * io.crosscheck.extract.Claim} record is rebuilt exactly. Claims are extracted per article and
 * resolved per story with the same {@link io.crosscheck.extract.Extraction} and {@link
 * io.crosscheck.resolve.Resolver} the check command uses. Runs are incremental: an article whose
 * content hash is unchanged is skipped, a changed one replaces its documents (delete by article
 * id, then add, as one block), and {@code --prune} drops articles whose files are gone. A run is
 * one Lucene commit made at its end: a run that fails or is killed leaves the previous commit
 * complete and readable.
 *
 * <p>{@link io.crosscheck.index.Archive} reads it ({@code crosscheck check DRAFT... --against
 * DIR}). For each draft story it picks the related archive articles (the same story when the
 * archive knows it, else the most similar articles by BM25 over title and lead, via MoreLikeThis),
 * then fetches the archive claims about the draft's subjects and attributes with term queries on
 * keyword fields (canonical name or surname; never a scan), within an optional publication
 * window ({@code --since}). {@link io.crosscheck.check.Checker#checkDrafts} runs the rules on
 * draft and fetched claims together and keeps the findings that involve the draft.
 */
package io.crosscheck.index;
