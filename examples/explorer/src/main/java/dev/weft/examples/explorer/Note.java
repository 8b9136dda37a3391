package dev.weft.examples.explorer;

import java.time.LocalDate;

/**
 * A note a user wrote on a day: the annotations kept in the {@code notes} table of DuckDB.
 *
 * @param id the note's number in the database, or {@code null} for a note not saved yet
 * @param date the day it is about
 * @param location the place it is about
 * @param text what happened
 * @param tag a short label: {@code storm}, {@code heat}, {@code cold}, {@code flood} or {@code other}
 */
public record Note(Long id, LocalDate date, String location, String text, String tag) {

    /** The tags a note may carry. */
    public static final String[] TAGS = {"storm", "heat", "cold", "flood", "other"};

    public Note withDate(LocalDate date) {
        return new Note(id, date, location, text, tag);
    }

    public Note withLocation(String location) {
        return new Note(id, date, location, text, tag);
    }

    public Note withText(String text) {
        return new Note(id, date, location, text, tag);
    }

    public Note withTag(String tag) {
        return new Note(id, date, location, text, tag);
    }
}
