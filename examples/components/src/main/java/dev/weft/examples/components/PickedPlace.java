package dev.weft.examples.components;

/** The place picked on the map, or null before one is clicked. */
public record PickedPlace(Place place) {}
