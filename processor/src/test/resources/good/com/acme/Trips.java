package com.acme;

import com.acme.other.Place;
import com.acme.other.Ticket;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

// An array and a bean without equals are results here on purpose: the readers of their rows.
@SuppressWarnings("FragmentResultIdentity")
@App(title = "Trips", path = "/trips")
public class Trips {

    /** A member record: read by a generated reader, as are records inside fragment types. */
    public record Trip(String zone, double fare, int passengers, LocalDate day) {}

    /** Generic: read through a wildcard. */
    record Pair<A, B>(A first, B second) {}

    /** Private: generated code cannot name it, so reflection reads it. */
    private record Hidden(String secret) {}

    /** A map is read as a map, never by getters. */
    static class Attributes extends HashMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }

    @Fragment
    List<Trip> trips(Ui ui) {
        ui.text(String.valueOf(new Hidden("x")));
        return List.of(new Trip("north", 12.5, 2, LocalDate.of(2024, 5, 1)));
    }

    @Fragment
    Map<String, Optional<Driver>> drivers(List<Trip> trips) {
        return Map.of("anna", Optional.of(new Driver()));
    }

    @Fragment
    Pair<String, Integer>[] pairs() {
        return null;
    }

    @Fragment
    void show(Ui ui, Map<String, Optional<Driver>> drivers, Pair<String, Integer>[] pairs, Attributes attributes) {
        ui.text(drivers + " " + pairs.length + attributes);
    }

    @Fragment
    Attributes attributes() {
        return new Attributes();
    }

    @Fragment
    List<Place> places() {
        return List.of(new Place("Oslo", 59.9));
    }

    @Fragment
    Ticket ticket() {
        return new Ticket();
    }
}
