package dev.weft.runtime.ui;

import dev.weft.QueryParams;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@link QueryParams} of one run: every call goes to its {@link PageLink}. */
final class RunQueryParams implements QueryParams {

    /** The longest parameter name accepted from code. */
    static final int MAX_NAME = 100;

    private final PageLink page;
    private final Canvas canvas;

    RunQueryParams(PageLink page, Canvas canvas) {
        this.page = page;
        this.canvas = canvas;
    }

    @Override
    public Optional<String> get(String name) {
        List<String> values = getAll(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    @Override
    public List<String> getAll(String name) {
        canvas.checkRunning();
        return page.read(name(name));
    }

    @Override
    public Map<String, List<String>> toMap() {
        canvas.checkRunning();
        return page.readAll();
    }

    @Override
    public void set(String name, String value) {
        set(name, List.of(Objects.requireNonNull(value, "value")));
    }

    @Override
    public void set(String name, List<String> values) {
        canvas.checkRunning();
        values.forEach(value -> Objects.requireNonNull(value, "a value"));
        page.write(name(name), List.copyOf(values));
    }

    @Override
    public void remove(String name) {
        set(name, List.of());
    }

    /** A parameter name: not blank, at most {@link #MAX_NAME} characters. */
    static String name(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException(
                    "A query parameter's name must be from 1 to " + MAX_NAME + " characters, not '" + name + "'.");
        }
        return name;
    }
}
