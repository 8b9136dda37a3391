package dev.weft.runtime.limits.cluster;

import dev.weft.Limited;
import dev.weft.runtime.LimitDefinition;
import dev.weft.runtime.config.Config;
import dev.weft.runtime.config.WeftConfig.OnUnavailable;
import dev.weft.runtime.limits.ClusterLimiters;
import dev.weft.runtime.limits.Limiter;
import dev.weft.runtime.limits.RunTimes;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * This instance's {@link Limited.Scope#CLUSTER cluster} limits, through the application's default
 * Quarkus Redis client: creates a {@link RedisLimiter} per group and, every renew interval, renews
 * the leases of the calls still running and checks whether a Redis that was down is back.
 *
 * <p>A bean only when the application has cluster limits and the Redis client: the deployment module
 * registers it then, as a {@code @Startup} singleton, so that bad {@code quarkus.weft.limits.cluster.*}
 * settings stop the application from starting rather than fail its first cluster-limited call. It
 * carries no bean-defining annotation, nor anything else (an observer method, say) that would let
 * the runtime jar's own bean discovery find it in an application without Redis, whose classes it
 * refers to.
 */
public class RedisClusterLimiters implements ClusterLimiters {

    private final RedisLink link;
    private final List<RedisLimiter> limiters = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService renewer;

    @Inject
    RedisClusterLimiters(ReactiveRedisDataSource redis) {
        this(
                redis,
                ClusterSettings.from(
                        Config.weft().limits().cluster(),
                        ConfigProvider.getConfig().getOptionalValue(ClusterSettings.HOSTS, String.class),
                        ConfigProvider.getConfig().getOptionalValue(ClusterSettings.HOSTS_PROVIDER, String.class)));
    }

    /** Cluster limits over {@code redis} with {@code settings}; what the tests of two instances use. */
    RedisClusterLimiters(ReactiveRedisDataSource redis, ClusterSettings settings) {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        this.link = new RedisLink(
                settings,
                new LeaseScripts(redis),
                new ReleaseSignals(redis, GroupKeys.channel(settings.keyPrefix())),
                new RedisHealth(settings.address(), settings.onUnavailable()),
                HexFormat.of().formatHex(random));
        this.renewer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "weft-cluster-leases");
            thread.setDaemon(true);
            return thread;
        });
        long period = settings.renewInterval().toNanos();
        renewer.scheduleAtFixedRate(this::renew, period, period, TimeUnit.NANOSECONDS);
    }

    @Override
    public Limiter create(LimitDefinition definition, RunTimes runTimes) {
        RedisLimiter limiter = new RedisLimiter(definition, runTimes, link);
        limiters.add(limiter);
        return limiter;
    }

    /**
     * Asks Redis for a {@code PING} now, within the command timeout, and counts the answer (or its
     * absence) as any round trip: a success ends an outage, a failure starts one. Completes with
     * whether Redis answered; never fails.
     */
    public Uni<Boolean> probe() {
        return link.scripts()
                .ping()
                .ifNoItem()
                .after(link.settings().commandTimeout())
                .fail()
                .map(pong -> {
                    link.health().succeeded();
                    return true;
                })
                .onFailure()
                .recoverWithItem(failure -> {
                    link.health().failed(failure);
                    return false;
                });
    }

    /** Where Redis is (its URI without credentials), for messages and health reports. */
    public String redisAddress() {
        return link.health().address();
    }

    /** What cluster-limited calls do while Redis cannot be reached. */
    public OnUnavailable onUnavailable() {
        return link.settings().onUnavailable();
    }

    /**
     * Stops renewing and listening. The leases still held are not given back: they expire after the
     * lease time, as an instance that dies leaves them.
     */
    @PreDestroy
    void close() {
        renewer.shutdownNow();
        link.signals().close();
    }

    /**
     * Renews every lease held and every ticket in line, one script of each per group, without
     * waiting for the answers.
     */
    private void renew() {
        try {
            renewHeld();
        } catch (RuntimeException e) {
            link.health().failed(e); // keeps the schedule alive: an exception would end it
        }
    }

    private void renewHeld() {
        long leaseMillis = link.settings().leaseMillis();
        for (RedisLimiter limiter : limiters) {
            if (!limiter.line().isEmpty()) {
                // Renews this instance's tickets, and sees the leases of an instance that died expire.
                limiter.line().poll();
                link.signals().ensureSubscribed();
            }
            List<String> held = limiter.held();
            if (held.isEmpty()) {
                continue;
            }
            link.scripts()
                    .renew(limiter.keys(), held, limiter.definition().permits(), leaseMillis)
                    .subscribe()
                    .with(
                            reply -> {
                                link.health().succeeded();
                                limiter.lost(ids(reply));
                            },
                            link.health()::failed);
        }
        if (link.health().down()) {
            link.scripts().ping().subscribe().with(pong -> link.health().succeeded(), link.health()::failed);
        }
    }

    private static List<String> ids(Response reply) {
        List<String> ids = new ArrayList<>(reply.size());
        for (Response id : reply) {
            ids.add(id.toString());
        }
        return ids;
    }
}
