package dev.weft.examples.sales;

/** What the filter section returns: every section that takes it reruns when it changes. */
public record Filters(int year, String region) {}
