package dev.weft.runtime.config;

import io.smallrye.config.FallbackConfigSourceInterceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Weft's settings before they moved under {@code quarkus.weft.}: {@code weft.sessions.max} is now
 * {@code quarkus.weft.sessions.max}, and so on. For this release an old name still works: {@link
 * #fallback()} (SmallRye Config's fallback interceptor) answers a lookup of the new name with the old
 * name's value when the new one is not set, and {@link #warn} names each old name in use, with its
 * new name, in one warning at start-up. When both are set, the one from the source of higher ordinal
 * wins (the new name, when both are in {@code application.properties}).
 */
public final class LegacyNames {

    private static final Logger LOG = Logger.getLogger(LegacyNames.class);

    static final String PREFIX = "quarkus.weft.";

    static final String OLD_PREFIX = "weft.";

    /**
     * The first segment of every setting of {@link WeftConfig}: only these are taken for Weft's old
     * names (a system property such as {@code weft.root} of a test is none of Weft's settings).
     */
    static final Set<String> ROOTS = Set.of(
            "sessions",
            "limits",
            "media",
            "uploads",
            "theme",
            "auth",
            "fragments",
            "max-message-size",
            "allowed-origins",
            "allowed-hosts",
            "frame-ancestors",
            "show-stack-traces",
            "partial-interval",
            "json-warm-up");

    private LegacyNames() {}

    /** Looks a {@code quarkus.weft.*} name up under its old {@code weft.*} name when it is not set. */
    public static FallbackConfigSourceInterceptor fallback() {
        return new FallbackConfigSourceInterceptor(LegacyNames::oldName);
    }

    /** The old name of {@code name}, or {@code name} itself when it is not one of Weft's settings. */
    static String oldName(String name) {
        if (!name.startsWith(PREFIX)) {
            return name;
        }
        String rest = name.substring(PREFIX.length());
        return ROOTS.contains(root(rest)) ? OLD_PREFIX + rest : name;
    }

    /** Whether {@code name} is one of Weft's settings under its old name. */
    static boolean isOld(String name) {
        return name.startsWith(OLD_PREFIX) && ROOTS.contains(root(name.substring(OLD_PREFIX.length())));
    }

    private static String root(String rest) {
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '.' || c == '[') {
                end = i;
                break;
            }
        }
        return rest.substring(0, end);
    }

    /** The old names set in {@code config}, sorted. */
    public static List<String> inUse(Config config) {
        Set<String> old = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            // The fallback lists each new name's old name too: only an old name set in a source counts.
            if (isOld(name) && config.getConfigValue(name).getValue() != null) {
                old.add(name);
            }
        }
        return List.copyOf(old);
    }

    /**
     * The warning for the old names {@code old}, each with its new name; {@code null} when there are
     * none.
     */
    static String warning(List<String> old) {
        if (old.isEmpty()) {
            return null;
        }
        List<String> renames = new ArrayList<>();
        for (String name : old) {
            renames.add(name + " -> quarkus." + name);
        }
        return "Weft's settings are now under quarkus.weft.*; rename " + String.join(", ", renames)
                + ". The old names still work in this release and will stop working in a later one.";
    }

    /** Logs one warning naming every old name in use in {@code config} and its new name, if any. */
    public static void warn(Config config) {
        String warning = warning(inUse(config));
        if (warning != null) {
            LOG.warn(warning);
        }
    }
}
