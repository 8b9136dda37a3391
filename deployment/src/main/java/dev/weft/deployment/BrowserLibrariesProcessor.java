package dev.weft.deployment;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.pkg.builditem.CurateOutcomeBuildItem;
import io.quarkus.maven.dependency.ResolvedDependency;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the versions of the page's browser libraries (mvnpm jars) the application actually
 * resolved, which a BOM it imports may have chosen, and fails the build when one is missing or one
 * Weft's client cannot work with.
 */
class BrowserLibrariesProcessor {

    static final String MVNPM = "org.mvnpm";

    /** The versions Weft is built and tested with, from Weft's own POM. */
    static final String TESTED = "dev/weft/deployment/browser-libraries.properties";

    static final String MISSING = "[Weft/LibraryMissing] %1$s:%2$s is not on the application's class path, and Weft's"
            + " page loads it from there. Add the dependency %1$s:%2$s:%3$s (the version Weft is tested with).";

    static final String TOO_OLD = "[Weft/LibraryTooOld] %1$s:%2$s is at %3$s on the application's class path (a BOM"
            + " the application imports may manage it), but Weft's page needs %4$s or newer. Pin the version Weft is"
            + " tested with in the <dependencyManagement> of your pom.xml: %1$s:%2$s:%5$s.";

    static final String NO_MODULE = "[Weft/LibraryLayout] %1$s:%2$s %3$s on the application's class path has no %4$s,"
            + " which Weft's page loads. Pin the version Weft is tested with in the <dependencyManagement> of your"
            + " pom.xml: %1$s:%2$s:%5$s.";

    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]*");

    @BuildStep
    BrowserLibrariesBuildItem libraries(CurateOutcomeBuildItem curate) {
        Map<String, String> resolved = new TreeMap<>();
        for (ResolvedDependency dependency : curate.getApplicationModel().getRuntimeDependencies()) {
            if (MVNPM.equals(dependency.getGroupId())) {
                resolved.put(dependency.getArtifactId(), dependency.getVersion());
            }
        }
        Map<BrowserLibrary, String> versions = new EnumMap<>(BrowserLibrary.class);
        List<String> problems = check(resolved, tested(), BrowserLibrariesProcessor::onClassPath, versions);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        return new BrowserLibrariesBuildItem(versions);
    }

    /**
     * Checks each library's resolved version ({@code resolved}: artifact id to version) and puts the
     * usable ones in {@code versions}; returns one message per problem, in the libraries' order.
     */
    static List<String> check(
            Map<String, String> resolved,
            Properties tested,
            Predicate<String> onClassPath,
            Map<BrowserLibrary, String> versions) {
        List<String> problems = new ArrayList<>();
        for (BrowserLibrary library : BrowserLibrary.values()) {
            String name = library.artifactId();
            String pin = tested.getProperty(name);
            String version = resolved.get(name);
            if (version == null) {
                problems.add(MISSING.formatted(MVNPM, name, pin));
            } else if (!VERSION.matcher(version).matches() || compare(version, library.minimum()) < 0) {
                problems.add(TOO_OLD.formatted(MVNPM, name, version, library.minimum(), pin));
            } else if (!onClassPath.test(library.resource(version, library.file()))) {
                problems.add(NO_MODULE.formatted(MVNPM, name, version, library.file(), pin));
            } else {
                versions.put(library, version);
            }
        }
        return problems;
    }

    /** Compares the numbers of two versions ({@code 17.0.1}); a qualifier after them is ignored. */
    static int compare(String a, String b) {
        int[] x = numbers(a);
        int[] y = numbers(b);
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return 0;
    }

    private static int[] numbers(String version) {
        int[] numbers = new int[3];
        String[] parts = version.split("[.-]", 4);
        for (int i = 0; i < numbers.length && i < parts.length; i++) {
            String digits = parts[i].replaceFirst("^(\\d{1,9}).*", "$1");
            if (!digits.chars().allMatch(Character::isDigit) || digits.isEmpty()) {
                break;
            }
            numbers[i] = Integer.parseInt(digits);
        }
        return numbers;
    }

    private static boolean onClassPath(String resource) {
        return Thread.currentThread().getContextClassLoader().getResource(resource) != null;
    }

    static Properties tested() {
        Properties tested = new Properties();
        try (InputStream in = BrowserLibrariesProcessor.class.getClassLoader().getResourceAsStream(TESTED)) {
            if (in == null) {
                throw new IllegalStateException("Weft's " + TESTED + " is missing from the deployment jar");
            }
            tested.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tested;
    }
}
