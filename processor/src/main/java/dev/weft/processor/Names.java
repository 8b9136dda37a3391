package dev.weft.processor;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;

/** Qualified names of the types the processor recognizes, compared by name rather than by class. */
final class Names {

    /** {@link App}. */
    static final String APP = App.class.getCanonicalName();

    /** {@link Fragment}. */
    static final String FRAGMENT = Fragment.class.getCanonicalName();

    /** {@link Ui}. */
    static final String UI = Ui.class.getCanonicalName();

    /** CDI's injection annotation; the processor does not depend on it, so it is only ever a name. */
    static final String INJECT = "jakarta.inject.Inject";

    private Names() {}
}
