package dev.weft.processor;

import dev.weft.App;
import dev.weft.ConfinedInit;
import dev.weft.Fragment;
import dev.weft.Limited;
import dev.weft.Ui;

/** Qualified names of the types the processor recognizes, compared by name rather than by class. */
final class Names {

    /** {@link App}. */
    static final String APP = App.class.getCanonicalName();

    /** {@link Fragment}. */
    static final String FRAGMENT = Fragment.class.getCanonicalName();

    /** {@link Limited}. */
    static final String LIMITED = Limited.class.getCanonicalName();

    /** {@link ConfinedInit}. */
    static final String CONFINED_INIT = ConfinedInit.class.getCanonicalName();

    /** {@link dev.weft.PageLayout}. */
    static final String PAGE_LAYOUT = dev.weft.PageLayout.class.getCanonicalName();

    /** {@link Ui}. */
    static final String UI = Ui.class.getCanonicalName();

    /** {@link dev.weft.Component}. */
    static final String COMPONENT = dev.weft.Component.class.getCanonicalName();

    /** Jackson's annotation naming the subtypes of a type; only ever a name. */
    static final String JSON_TYPE_INFO = "com.fasterxml.jackson.annotation.JsonTypeInfo";

    /** Jackson's annotation marking the constructor or factory it creates a type with; only ever a name. */
    static final String JSON_CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";

    /** Jackson's annotation naming a type's own deserializer; only ever a name. */
    static final String JSON_DESERIALIZE = "com.fasterxml.jackson.databind.annotation.JsonDeserialize";

    /** Jackson's JSON tree, which it reads whole; only ever a name. */
    static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";

    /** CDI's injection annotation; the processor does not depend on it, so it is only ever a name. */
    static final String INJECT = "jakarta.inject.Inject";

    /** Jakarta's annotation for the roles that may call a method or class. */
    static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";

    /** Jakarta's annotation that lets anyone call a method or class. */
    static final String PERMIT_ALL = "jakarta.annotation.security.PermitAll";

    /** Jakarta's annotation that lets nobody call a method or class. */
    static final String DENY_ALL = "jakarta.annotation.security.DenyAll";

    /** Quarkus's annotation that lets any logged-in user call a method or class. */
    static final String AUTHENTICATED = "io.quarkus.security.Authenticated";

    /** The runtime's description of who may open a page or run a fragment. */
    static final String ACCESS = "dev.weft.runtime.identity.Access";

    /** The package of the runtime SPI that generated code implements; never a dependency of the processor. */
    static final String RUNTIME = "dev.weft.runtime";

    /** The runtime's description of one {@code @Limited} declaration. */
    static final String LIMIT_DEFINITION = RUNTIME + ".LimitDefinition";

    /** The runtime SPI generated for each {@code @ConfinedInit} method. */
    static final String CONFINED_INITIALIZER = RUNTIME + ".ConfinedInitializer";

    /** The runtime SPI generated for each row type of an app. */
    static final String ROW_READER = RUNTIME + ".RowReader";

    private Names() {}
}
