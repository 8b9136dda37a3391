package dev.weft.examples.components;

/** A place on the map of {@link PlacesAndRatings}: what the map component sends back when one is clicked. */
public record Place(String name, double lat, double lon) {}
