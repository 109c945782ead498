/**
 * Claims out of text: the {@link io.crosscheck.extract.Extraction} entry point runs one {@link
 * io.crosscheck.extract.Extractor} per claim kind over a {@link io.crosscheck.extract.Document}
 * (an article split into paragraphs and sentences) and returns {@link
 * io.crosscheck.extract.Claim}s in text order.
 *
 * <p>Values are a sealed {@link io.crosscheck.extract.ClaimValue}: {@link
 * io.crosscheck.extract.Quantity} and {@link io.crosscheck.extract.Duration} hold numeric ranges
 * ({@link io.crosscheck.extract.Interval}) with the qualifier kept ("more than 100,000" is (100000,
 * inf)), {@link io.crosscheck.extract.DateValue} a weekday and/or date resolved against the
 * publication date, {@link io.crosscheck.extract.Title} and {@link io.crosscheck.extract.Quote}
 * people's titles and words. Extraction reports what the text says (surface subjects); resolution
 * (io.crosscheck.resolve) canonicalises them.
 *
 * <p>Every claim carries an {@link io.crosscheck.extract.EventContext} (place, host organisation,
 * event noun, weekday, date) from {@link io.crosscheck.extract.EventContexts#of}, which every
 * extractor calls; its places and organisations come from the data files {@code places.txt} and
 * {@code orgs.txt} in this package's resources.
 */
package io.crosscheck.extract;
