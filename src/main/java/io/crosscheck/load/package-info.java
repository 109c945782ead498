/**
 * Articles in: {@link io.crosscheck.load.Loader#load(java.util.List)} reads files and folders into
 * {@link io.crosscheck.load.Article}s and returns them with the inputs it could not read
 * ({@link io.crosscheck.load.ArticleError}, one line each) in a {@link io.crosscheck.load.LoadResult}.
 *
 * <p>Formats: plain text ({@code .txt}, metadata from the folder's {@code manifest.yaml}), Markdown
 * ({@code .md}, {@code .markdown}, YAML front matter), HTML ({@code .html}, {@code .htm}, the
 * article element's text; nothing is fetched) and JSON Lines corpora ({@code .jsonl}, one article
 * per line). Markdown and HTML keep a {@link io.crosscheck.load.SourceMap} so that an offset in the
 * analysed text maps back to the line and column in the file, and give inline
 * {@link io.crosscheck.load.Suppression}s from {@code <!-- crosscheck-disable rule -->} comments.
 *
 * <p>Bytes become text in UTF-8, UTF-16 (with a byte order mark) or, for legacy files that are
 * plausibly Windows-1252, that encoding with a note; binary files, empty files and undecodable
 * bytes are errors naming the file.
 */
package io.crosscheck.load;
