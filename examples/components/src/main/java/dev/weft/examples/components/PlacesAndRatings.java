package dev.weft.examples.components;

import dev.weft.App;
import dev.weft.Component;
import dev.weft.Fragment;
import dev.weft.Ui;
import java.util.List;
import java.util.Map;

/**
 * Components of the app's own: a map drawn by an ES module of this app ({@code
 * META-INF/resources/components/places-map.js}, with Leaflet from the WebJar {@code
 * org.webjars.npm:leaflet}, offline: the land is a small GeoJSON outline, no tiles), whose clicked
 * place is a value the section below it takes; and a Streamlit component ({@code
 * src/main/frontend/stars}, built with the real streamlit-component-lib into {@code
 * META-INF/resources/streamlit/stars/} as a component's wheel carries its frontend) in an iframe,
 * whose stars another section takes.
 */
@App(title = "Places", path = "/")
public class PlacesAndRatings {

    static final List<Place> PLACES = List.of(
            new Place("Lisbon", 38.72, -9.14),
            new Place("Porto", 41.15, -8.61),
            new Place("Madrid", 40.42, -3.70),
            new Place("Seville", 37.39, -5.98),
            new Place("Valencia", 39.47, -0.38),
            new Place("Barcelona", 41.39, 2.17));

    /** The map: its value is a {@link Place}, read strictly from what the browser sends. */
    static final Component<Place> MAP =
            Component.module("/components/places-map.js", Place.class).height(360);

    /** A Streamlit component (v1), built with streamlit-component-lib: its value is the number of stars. */
    static final Component<Integer> STARS =
            Component.streamlit("/streamlit/stars/index.html", Integer.class).height(60);

    @Fragment
    PickedPlace map(Ui ui) {
        ui.header("Pick a place");
        ui.caption("A component of this app's own: a Leaflet map, drawn offline from an outline (no tiles).");
        return new PickedPlace(ui.component(MAP, "Map of places", Map.of("places", PLACES, "title", "Iberia")));
    }

    @Fragment
    void visit(Ui ui, PickedPlace picked) {
        Place place = picked.place();
        ui.subheader("Your visit");
        ui.text(
                place == null
                        ? "Click a place on the map."
                        : "Visiting " + place.name() + String.format(" (%.2f, %.2f)", place.lat(), place.lon()));
    }

    @Fragment
    Rating rate(Ui ui) {
        ui.header("Rate the trip");
        ui.caption("A Streamlit component: a frontend built with streamlit-component-lib, in its own frame.");
        Integer stars = ui.component(STARS, "Stars", Map.of("maxStars", 5, "label", "How was it?"));
        return new Rating(stars == null ? 0 : stars);
    }

    @Fragment
    void review(Ui ui, Rating rating) {
        ui.text(rating.stars() == 0 ? "No stars given yet." : "You gave " + rating.stars() + " of 5 stars.");
    }
}
