package dev.weft.examples.components;

/** The stars given with the Streamlit star rating component: 0 before any is given. */
public record Rating(int stars) {}
