package dev.weft.runtime;

import dev.weft.Ui;
import java.util.List;

/** An app definition that has only row readers: what a test installs in {@link RowReaders}. */
public record ReadersOnlyApp(List<RowReader<?>> rowReaders) implements AppDefinition {

    @Override
    public Class<?> appClass() {
        return Object.class;
    }

    @Override
    public String title() {
        return "Rows";
    }

    @Override
    public String path() {
        return "/";
    }

    @Override
    public List<FragmentDefinition> fragments() {
        return List.of();
    }

    @Override
    public Object invoke(Object app, int fragment, Ui ui, Object[] inputs) {
        throw new UnsupportedOperationException();
    }
}
