package dev.weft.examples.team;

/** One bar of the weekly chart: tickets opened that week, split by whether they are closed yet. */
public record WeekRow(String week, int closed, int open) {}
