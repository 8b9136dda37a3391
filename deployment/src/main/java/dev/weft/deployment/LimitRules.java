package dev.weft.deployment;

import dev.weft.Limited;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules of {@code @Limited} and {@code @ConfinedInit} that need the whole application (every
 * jar), checked at build time: the annotation processor sees one compilation at a time. Listed with
 * their codes in the Javadoc of {@link dev.weft.Limited} and {@link dev.weft.ConfinedInit}.
 */
final class LimitRules {

    static final String GROUP_CONFLICT = "[Weft/LimitedGroupConflict] Group '%s' is declared with different settings:"
            + " %s has %s, but %s has %s. Give every declaration of the group the same settings, or give one of"
            + " them a group of its own.";

    static final String BAD_TIMEOUT = "[Weft/LimitedTimeout] %s has @Limited(timeout = \"%s\"), which is not a"
            + " duration. Write a whole number with a unit (\"500ms\", \"30s\", \"2m\", \"1h\") or an ISO-8601"
            + " duration (\"PT30S\").";

    static final String CLUSTER_NEEDS_REDIS = "[Weft/LimitedClusterNeedsRedis] %s is @Limited(scope = CLUSTER), which"
            + " shares its permits through Redis, but the application has no Redis client. Add the"
            + " io.quarkus:quarkus-redis-client dependency, or use scope SERVER.";

    static final String INIT_NO_GROUP = "[Weft/ConfinedInitGroup] %s is @ConfinedInit(group = \"%s\"), but no @Limited"
            + " method declares group '%s'. Name the group of a @Limited(confined = true) method.";

    static final String INIT_NOT_CONFINED = "[Weft/ConfinedInitGroup] %s is @ConfinedInit(group = \"%s\"), but group"
            + " '%s' is not confined (%s has no confined = true). Add confined = true to the group's @Limited, or"
            + " remove the @ConfinedInit.";

    static final String INIT_DUPLICATE = "[Weft/ConfinedInitDuplicate] Group '%s' has more than one @ConfinedInit"
            + " method: %s. Keep one, and do all of the group's initialization there.";

    private LimitRules() {}

    /**
     * Every broken rule, one message each, in a stable order.
     *
     * @param redis whether the application has the Redis client
     */
    static List<String> check(List<LimitDeclaration> limits, List<ConfinedInitDeclaration> inits, boolean redis) {
        List<String> problems = new ArrayList<>();
        Map<String, List<LimitDeclaration>> groups = new TreeMap<>();
        limits.stream().sorted(Comparator.comparing(LimitDeclaration::method)).forEach(limit -> groups.computeIfAbsent(
                        limit.group(), g -> new ArrayList<>())
                .add(limit));
        for (List<LimitDeclaration> group : groups.values()) {
            LimitDeclaration first = group.get(0);
            for (LimitDeclaration other : group.subList(1, group.size())) {
                if (!other.sameSettings(first)) {
                    problems.add(GROUP_CONFLICT.formatted(
                            first.group(), first.method(), first.settings(), other.method(), other.settings()));
                }
            }
        }
        for (LimitDeclaration limit : sorted(limits)) {
            if (limit.timeoutMillis().isEmpty()) {
                problems.add(BAD_TIMEOUT.formatted(limit.method(), limit.timeout()));
            }
            if (limit.scope() == Limited.Scope.CLUSTER && !redis) {
                problems.add(CLUSTER_NEEDS_REDIS.formatted(limit.method()));
            }
        }
        checkInits(inits, groups, problems);
        return problems;
    }

    private static void checkInits(
            List<ConfinedInitDeclaration> inits, Map<String, List<LimitDeclaration>> groups, List<String> problems) {
        Map<String, List<ConfinedInitDeclaration>> byGroup = new TreeMap<>();
        inits.stream()
                .sorted(Comparator.comparing(ConfinedInitDeclaration::method))
                .forEach(init -> byGroup.computeIfAbsent(init.group(), g -> new ArrayList<>())
                        .add(init));
        byGroup.forEach((group, declared) -> {
            List<LimitDeclaration> limits = groups.get(group);
            for (ConfinedInitDeclaration init : declared) {
                if (limits == null) {
                    problems.add(INIT_NO_GROUP.formatted(init.method(), group, group));
                } else if (!limits.get(0).confined()) {
                    problems.add(INIT_NOT_CONFINED.formatted(
                            init.method(), group, group, limits.get(0).method()));
                }
            }
            if (declared.size() > 1) {
                problems.add(INIT_DUPLICATE.formatted(
                        group,
                        String.join(
                                ", ",
                                declared.stream()
                                        .map(ConfinedInitDeclaration::method)
                                        .toList())));
            }
        });
    }

    private static List<LimitDeclaration> sorted(List<LimitDeclaration> limits) {
        return limits.stream()
                .sorted(Comparator.comparing(LimitDeclaration::method))
                .toList();
    }
}
