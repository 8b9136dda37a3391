package dev.weft.runtime.limits;

import dev.weft.Limited;
import dev.weft.runtime.ConfinedInitializer;
import dev.weft.runtime.Durations;
import dev.weft.runtime.LimitDefinition;
import dev.weft.runtime.config.Config;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Every {@link Limited} group of this server, and the one place a limited call goes through, be it
 * a fragment (from the scheduler) or a bean method (from {@link LimitedInterceptor}).
 *
 * <p>A group's limiter depends on its scope: one per group for {@link Limited.Scope#SERVER}; one per
 * session and group for {@link Limited.Scope#SESSION}, kept by the session (so it goes when the
 * session does); for {@link Limited.Scope#CLUSTER} the one the optional {@link ClusterLimiters} bean
 * makes. A {@link Limited#confined() confined} group also has its {@link ConfinedThread}, started on
 * the group's first call and stopped when the application stops.
 */
@Singleton
public class Limiters {

    private static final Logger LOG = Logger.getLogger(Limiters.class);
    private static final long STOP_WAIT_MILLIS = 5_000;

    /** Who waits in a line: told its place while it waits, and when the wait ends. */
    public interface Waiter extends Limiter.QueueListener {

        /** Nobody to tell. */
        Waiter NONE = (position, etaMillis) -> {};

        /** The caller is about to ask for a permit (and may join the line). */
        default void waitStarted() {}

        /** The wait is over: with a permit ({@code granted}), or not (refused, timed out, interrupted). */
        default void waitEnded(boolean granted) {}
    }

    private final long updateIntervalNanos;
    private final LimitMeters meters;
    private final Supplier<ClusterLimiters> cluster;
    private final Function<String, Callable<?>> initializers;
    private final ConcurrentMap<String, LimitGroup> groups = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Limiter> shared = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ConfinedThread> confined = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LimitDefinition> bindings = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    @Inject
    Limiters() {
        this(
                Config.weft().limits().updateInterval(),
                lookUpMeters(),
                Limiters::lookUpCluster,
                Limiters::lookUpInitializer);
    }

    /**
     * @param updateInterval the shortest time between two place-in-line reports to one waiter
     * @param cluster the cluster limiter factory, or null when there is none; asked on the first call
     *     of a cluster group
     * @param initializers the {@code @ConfinedInit} of a group, as a task, or null when it has none
     */
    public Limiters(
            Duration updateInterval,
            LimitMeters meters,
            Supplier<ClusterLimiters> cluster,
            Function<String, Callable<?>> initializers) {
        this.updateIntervalNanos = updateInterval.toNanos();
        this.meters = meters;
        this.cluster = cluster;
        this.initializers = initializers;
    }

    /**
     * Runs {@code body} under the group's limit: waits in line for a permit (telling {@code waiter}
     * its place), runs the body (on the group's own thread if the group is confined) and gives the
     * permit back however the body ends.
     *
     * @param session the calling session's own limiters (for {@link Limited.Scope#SESSION}), or null
     *     outside a session
     * @throws dev.weft.LimitedException when the line is full, the wait times out or the limit cannot
     *     be reached
     * @throws InterruptedException when the caller is interrupted while it waits
     * @throws Exception whatever {@code body} throws
     */
    <T> T call(LimitDefinition definition, Map<String, Limiter> session, Waiter waiter, Callable<T> body)
            throws Exception {
        LimitGroup group = group(definition);
        Limiter limiter = limiter(group, session);
        ConfinedThread thread = group.definition().confined() ? confinedThread(definition.group()) : null;
        Limiter.Permit permit;
        waiter.waitStarted();
        try {
            permit = limiter.acquire(waiter);
        } catch (Throwable e) {
            waiter.waitEnded(false);
            throw e;
        }
        try {
            waiter.waitEnded(true);
        } catch (RuntimeException | Error e) {
            permit.close();
            throw e;
        }
        if (thread != null) {
            return thread.call(body, permit); // the thread gives the permit back when the call has ended
        }
        try {
            return body.call();
        } finally {
            permit.close();
        }
    }

    /**
     * Runs a fragment on its own thread, as {@code context}'s run: under its {@code limit} if it has
     * one (its slot shows the wait), and so that the limited methods it calls know who waits.
     *
     * @param superseded the fragment's previous run, or null: interrupted, it leaves its line within
     *     moments, and this run joins the line only after it has, so as not to find itself in the way
     */
    public Object run(LimitDefinition limit, RunContext context, RunContext superseded, Callable<Object> fragment)
            throws Exception {
        RunContext outer = RunContext.swap(context);
        try {
            if (limit == null) {
                return fragment.call();
            }
            if (superseded != null) {
                superseded.awaitOutOfLine();
            }
            return call(limit, context.sessionLimiters(), context.forFragment(), fragment);
        } finally {
            context.ended();
            RunContext.swap(outer);
        }
    }

    /**
     * The definition of a bean method's {@link Limited} binding. Its group is never empty: the build
     * names a method's own group {@code com.acme.Class#method}.
     */
    LimitDefinition definition(Limited binding) {
        return bindings.computeIfAbsent(binding.group(), name -> {
            if (name.isEmpty()) {
                throw new IllegalStateException("A @Limited binding reached the runtime without its group name.");
            }
            long timeout = Durations.millis(binding.timeout())
                    .orElseThrow(() -> new IllegalStateException("@Limited(group = \"" + name + "\") has timeout \""
                            + binding.timeout() + "\", which is not a duration such as \"30s\" or \"PT30S\"."));
            return new LimitDefinition(
                    name, binding.permits(), binding.queue(), timeout, binding.scope(), binding.confined());
        });
    }

    /**
     * The line of every group used so far, by name: what the Dev UI shows. A group appears on its
     * first call; reading the lines changes nothing.
     */
    public List<LimitLine> lines() {
        return groups.values().stream()
                .map(LimitLine::of)
                .sorted(java.util.Comparator.comparing(LimitLine::group))
                .toList();
    }

    /** The group of that name, or null if it has not been used yet. */
    LimitGroup existingGroup(String name) {
        return groups.get(name);
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Stops every confined thread; later confined calls fail. */
    void stop() {
        stopped = true;
        confined.values().forEach(thread -> thread.stop(STOP_WAIT_MILLIS));
        confined.clear();
    }

    private LimitGroup group(LimitDefinition definition) {
        LimitGroup group = groups.computeIfAbsent(definition.group(), name -> new LimitGroup(definition, meters));
        if (!group.definition().equals(definition)) {
            // The build rejects a group declared twice with different settings; this is a last resort.
            LOG.warnf(
                    "Group '%s' is used with %s but was first used with %s: the first settings apply",
                    definition.group(), definition, group.definition());
        }
        return group;
    }

    private Limiter limiter(LimitGroup group, Map<String, Limiter> session) {
        LimitDefinition definition = group.definition();
        return switch (definition.scope()) {
            case SERVER -> shared.computeIfAbsent(definition.group(), name -> group.metered(local(group)));
            case SESSION -> {
                if (session == null) {
                    throw new IllegalStateException("'" + definition.group() + "' is limited per session (scope ="
                            + " SESSION) but was called outside a fragment run, so it belongs to no session. Call it"
                            + " from a fragment, on the fragment's own thread, or give it scope SERVER.");
                }
                yield session.computeIfAbsent(definition.group(), name -> group.metered(local(group)));
            }
            case CLUSTER -> shared.computeIfAbsent(definition.group(), name -> group.metered(clustered(group)));
        };
    }

    private LocalLimiter local(LimitGroup group) {
        return new LocalLimiter(group.definition(), group.runTimes(), updateIntervalNanos);
    }

    private Limiter clustered(LimitGroup group) {
        ClusterLimiters factory = cluster == null ? null : cluster.get();
        if (factory == null) {
            throw LimitMessages.noCluster(group.definition());
        }
        return factory.create(group.definition(), group.runTimes());
    }

    private ConfinedThread confinedThread(String group) {
        if (stopped) {
            throw new IllegalStateException(
                    "The confined group '" + group + "' is stopped: the application is shutting down.");
        }
        return confined.computeIfAbsent(group, name -> new ConfinedThread(name, initializers.apply(name)));
    }

    private static LimitMeters lookUpMeters() {
        InstanceHandle<LimitMeters> handle = Arc.container().instance(LimitMeters.class);
        return handle.isAvailable() ? handle.get() : LimitMeters.NONE;
    }

    private static ClusterLimiters lookUpCluster() {
        InstanceHandle<ClusterLimiters> handle = Arc.container().instance(ClusterLimiters.class);
        return handle.isAvailable() ? handle.get() : null;
    }

    private static Callable<?> lookUpInitializer(String group) {
        List<InstanceHandle<ConfinedInitializer>> all = Arc.container().listAll(ConfinedInitializer.class);
        for (InstanceHandle<ConfinedInitializer> handle : all) {
            ConfinedInitializer initializer = handle.get();
            if (initializer.group().equals(group)) {
                return () -> {
                    InstanceHandle<?> bean = Arc.container().instance(initializer.beanClass());
                    if (!bean.isAvailable()) {
                        throw new IllegalStateException(
                                "No bean of " + initializer.beanClass().getName()
                                        + " to run its @ConfinedInit method on. Make the class a CDI bean.");
                    }
                    initializer.initialize(bean.get());
                    return null;
                };
            }
        }
        return null;
    }
}
