package io.crosscheck.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * An event of a story: "the Monday bilateral in Geneva", "the Wednesday NATO-Russia Council in
 * Brussels". Fields may be null when unknown.
 *
 * @param id "e1", "e2", ... within the story
 * @param label "Geneva, Monday"
 */
public record Event(String id, String label, String place, String org, String noun, DayOfWeek weekday, LocalDate date) {}
