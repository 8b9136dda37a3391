package dev.weft.examples.widgets;

/** The stars given with the Streamlit star rating component: 0 before any is given. */
public record Rating(int stars) {}
