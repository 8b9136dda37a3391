package dev.weft.it.cluster;

import dev.weft.runtime.limits.cluster.RedisServerExtension;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real redis-server for {@code @QuarkusTest}s, started before the application and given to it. */
public class RedisServerResource implements QuarkusTestResourceLifecycleManager {

    private RedisServerExtension redis;

    @Override
    public Map<String, String> start() {
        redis = new RedisServerExtension();
        redis.start();
        return Map.of("quarkus.redis.hosts", redis.uri());
    }

    @Override
    public void stop() {
        redis.close();
    }
}
