package dev.weft.it.cluster;

import dev.weft.Limited;
import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shared resource: at most two calls at once across every instance. Each call records, in the
 * same Redis, how many calls run at its start and the most that ever ran together, so that a test
 * can check the limit from outside.
 */
@ApplicationScoped
public class Gpu {

    /** How many calls run now, across instances. */
    static final String RUNNING = "it:running";

    /** The most calls that ever ran at once. */
    static final String MOST = "it:most";

    private static final String ENTER = "local n = redis.call('INCR', KEYS[1])"
            + " if n > tonumber(redis.call('GET', KEYS[2]) or '0') then redis.call('SET', KEYS[2], n) end"
            + " local t = redis.call('TIME')"
            + " return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)";

    @Inject
    RedisDataSource redis;

    @ConfigProperty(name = "it.instance")
    String instance;

    /**
     * Holds one of the group's two permits for {@code millis}.
     *
     * @return this instance's name and the Redis time (ms) at which the call started, or -1 when
     *     Redis could not record it
     */
    @Limited(group = "shared", permits = 2, queue = 100, scope = Limited.Scope.CLUSTER)
    public String run(long millis) throws InterruptedException {
        long start = record(ENTER);
        try {
            Thread.sleep(millis);
        } finally {
            record("return redis.call('DECR', KEYS[1])");
        }
        return instance + " " + start;
    }

    private long record(String script) {
        try {
            return redis.execute("EVAL", script, "2", RUNNING, MOST).toLong();
        } catch (RuntimeException redisDown) {
            return -1; // the limit's behaviour while Redis is down is what is tested, not this record
        }
    }
}
