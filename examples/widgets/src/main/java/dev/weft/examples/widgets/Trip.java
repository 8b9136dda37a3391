package dev.weft.examples.widgets;

import dev.weft.Range;
import java.util.List;

/** What the sidebar's widgets say about the trip: the planner's other sections take it as their input. */
public record Trip(Range<Integer> budget, List<String> regions, String transport, boolean directOnly) {}
