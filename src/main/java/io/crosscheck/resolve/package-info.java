/**
 * Resolution: who and what a story's claims are about. Entry point: {@link
 * io.crosscheck.resolve.Resolver#resolve Resolver.resolve(story, articles, claims)}, which
 * returns a {@link io.crosscheck.resolve.ResolvedStory} whose claims carry canonical subjects,
 * canonical {@link io.crosscheck.extract.Title} values and event ids, so that {@code
 * rules.Grouping} puts equal things in one group.
 *
 * <h2>People</h2>
 *
 * Subjects that are person names are clustered across all articles of the story. Each distinct
 * surname is analysed by Lucene analysis chains into a spelling key (accent and case folding plus
 * a transliteration key) and Double Metaphone codes; a story's surnames are blocked in hash
 * tables by those keys ({@code NameIndex}; one edit apart counts as spelt alike), and only names
 * inside a block are compared. Names merge when their surnames are one transliteration
 * (Ryabkov/Riabkov) or a spelling slip that sounds the same, and their given names agree (Sergei/Sergey,
 * Alexander/Aleksandr, an initial) with every name already in the cluster; two spellings side
 * by side in one article are two people. Honorifics, titles and possessives before a name are
 * dropped ("Mr. Lavrov's"). A surname alone goes to the one person with that surname, or to the
 * one named last before it in the same article. The canonical name is the most complete, most
 * widespread spelling ("Sergei Lavrov").
 *
 * <h2>Organisations, places, titles</h2>
 *
 * {@link io.crosscheck.resolve.Lexicon} holds the alias lexicon ({@code lexicon/aliases.yaml}:
 * OSCE, NATO, United States, Russia, ...) and the title lexicon ({@code lexicon/titles.yaml}:
 * offices and ranks), both extensible with user files; its class comment documents the format.
 * {@link io.crosscheck.resolve.Titles} canonicalises titles and decides whether two titles of one
 * person are mutually exclusive ({@code rules.Compare.titlesExclusive} calls it).
 *
 * <h2>Events</h2>
 *
 * Claims' event contexts are joined into the story's {@link io.crosscheck.resolve.Event}s by
 * venue (place or organisation; a city counts as the venue of the organisations seated there)
 * and weekday or date; see {@code Events}.
 *
 * <p>Everything is per story, near-linear in the number of claims, and free of global state.
 */
package io.crosscheck.resolve;
