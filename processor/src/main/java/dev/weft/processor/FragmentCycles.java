package dev.weft.processor;

import dev.weft.processor.InputBinder.Binding;
import dev.weft.processor.InputBinder.Bound;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.VariableElement;

/**
 * Finds the cycles among an app's bound inputs. Each group of fragments that depend on each other
 * yields one cycle, starting at its first fragment in declaration order and following parameters in
 * declaration order, so the same source always yields the same cycles.
 */
final class FragmentCycles {

    /** Fragment {@code consumer} takes the result of fragment {@code provider} through {@code parameter}. */
    record Edge(int consumer, VariableElement parameter, int provider) {}

    private FragmentCycles() {}

    /** The cycles of the graph that {@code bindings} (one list per fragment, as bound) describe. */
    static List<List<Edge>> find(List<List<Binding>> bindings) {
        List<List<Edge>> edges = edges(bindings);
        int size = edges.size();
        boolean[][] reaches = new boolean[size][];
        for (int from = 0; from < size; from++) {
            reaches[from] = reachable(edges, from);
        }
        boolean[] reported = new boolean[size];
        List<List<Edge>> cycles = new ArrayList<>();
        for (int start = 0; start < size; start++) {
            if (reaches[start][start] && !reported[start]) {
                cycles.add(shortestCycle(edges, start));
                for (int other = 0; other < size; other++) {
                    reported[other] |= reaches[start][other] && reaches[other][start];
                }
            }
        }
        return cycles;
    }

    private static List<List<Edge>> edges(List<List<Binding>> bindings) {
        List<List<Edge>> edges = new ArrayList<>();
        for (int consumer = 0; consumer < bindings.size(); consumer++) {
            List<Edge> out = new ArrayList<>();
            for (Binding binding : bindings.get(consumer)) {
                if (binding instanceof Bound bound) {
                    out.add(new Edge(consumer, bound.parameter(), bound.provider()));
                }
            }
            edges.add(out);
        }
        return edges;
    }

    /** The fragments reachable from {@code from} through at least one edge. */
    private static boolean[] reachable(List<List<Edge>> edges, int from) {
        boolean[] seen = new boolean[edges.size()];
        Deque<Integer> pending = new ArrayDeque<>(List.of(from));
        while (!pending.isEmpty()) {
            for (Edge edge : edges.get(pending.pop())) {
                if (!seen[edge.provider()]) {
                    seen[edge.provider()] = true;
                    pending.push(edge.provider());
                }
            }
        }
        return seen;
    }

    /** A shortest path from {@code start} back to itself, by breadth-first search; one exists. */
    private static List<Edge> shortestCycle(List<List<Edge>> edges, int start) {
        Edge[] arrivedBy = new Edge[edges.size()];
        boolean[] visited = new boolean[edges.size()];
        Deque<Integer> queue = new ArrayDeque<>(List.of(start));
        Edge closing = null;
        while (closing == null) {
            for (Edge edge : edges.get(queue.removeFirst())) {
                if (edge.provider() == start) {
                    closing = edge;
                    break;
                }
                if (!visited[edge.provider()]) {
                    visited[edge.provider()] = true;
                    arrivedBy[edge.provider()] = edge;
                    queue.addLast(edge.provider());
                }
            }
        }
        List<Edge> path = new ArrayList<>(List.of(closing));
        for (Edge edge = arrivedBy[closing.consumer()]; edge != null; edge = arrivedBy[edge.consumer()]) {
            path.add(0, edge);
        }
        return path;
    }
}
