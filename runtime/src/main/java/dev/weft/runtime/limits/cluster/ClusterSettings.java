package dev.weft.runtime.limits.cluster;

import dev.weft.runtime.config.WeftConfig;
import dev.weft.runtime.config.WeftConfig.OnUnavailable;
import io.quarkus.runtime.configuration.ConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The settings of this instance's cluster limits ({@code quarkus.weft.limits.cluster.*}), checked, and
 * where its Redis is.
 *
 * @param leaseTime how long a lease or a ticket lives without being renewed
 * @param renewInterval how often leases and tickets are renewed, at most half the lease time
 * @param onUnavailable what a call does while Redis cannot be reached
 * @param keyPrefix the prefix of every key and channel
 * @param commandTimeout the longest wait for one answer from Redis
 * @param address Redis's address for messages, without credentials
 */
record ClusterSettings(
        Duration leaseTime,
        Duration renewInterval,
        OnUnavailable onUnavailable,
        String keyPrefix,
        Duration commandTimeout,
        String address) {

    static final String HOSTS = "quarkus.redis.hosts";
    static final String HOSTS_PROVIDER = "quarkus.redis.hosts-provider-name";

    /** Checks the settings; a bad one fails with a message naming the property and how to fix it. */
    ClusterSettings {
        if (leaseTime.toMillis() < 100) {
            throw new ConfigurationException("quarkus.weft.limits.cluster.lease-time is " + leaseTime
                    + ": it must be at least 100 milliseconds. Give it a duration such as 30S.");
        }
        if (renewInterval.toMillis() < 10 || renewInterval.multipliedBy(2).compareTo(leaseTime) > 0) {
            throw new ConfigurationException("quarkus.weft.limits.cluster.renew-interval is " + renewInterval
                    + ": it must be between 10 milliseconds and half of quarkus.weft.limits.cluster.lease-time ("
                    + leaseTime
                    + "), so that one late renewal loses no lease. Shorten it, or lengthen the lease time.");
        }
        if (commandTimeout.toMillis() < 1) {
            throw new ConfigurationException("quarkus.weft.limits.cluster.command-timeout is " + commandTimeout
                    + ": it must be at least 1 millisecond. Give it a duration such as 2S.");
        }
    }

    /** The settings from Weft's configuration, with Redis's address from the Redis client's. */
    static ClusterSettings from(WeftConfig.Cluster config, Optional<String> hosts, Optional<String> hostsProvider) {
        return new ClusterSettings(
                config.leaseTime(),
                config.renewInterval(),
                config.onUnavailable(),
                config.keyPrefix(),
                config.commandTimeout(),
                address(hosts, hostsProvider));
    }

    /** The lease time in milliseconds, as the scripts take it. */
    long leaseMillis() {
        return leaseTime.toMillis();
    }

    /**
     * The first of {@code quarkus.redis.hosts} without its user and password, for messages; fails
     * when the Redis client has no hosts at all.
     */
    static String address(Optional<String> hosts, Optional<String> hostsProvider) {
        if (hosts.isPresent() && !hosts.get().isBlank()) {
            String first = hosts.get().split(",")[0].trim();
            try {
                URI uri = URI.create(first);
                if (uri.getHost() == null) {
                    return first;
                }
                return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            } catch (IllegalArgumentException e) {
                return "(" + HOSTS + ")";
            }
        }
        if (hostsProvider.isPresent()) {
            return "(the hosts of the provider '" + hostsProvider.get() + "')";
        }
        throw new ConfigurationException(
                "@Limited(scope = CLUSTER) needs Redis, and the Redis client has no hosts: set " + HOSTS
                        + ", for example " + HOSTS + "=redis://localhost:6379.");
    }
}
