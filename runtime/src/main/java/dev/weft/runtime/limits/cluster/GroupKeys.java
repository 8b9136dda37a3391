package dev.weft.runtime.limits.cluster;

import java.util.List;

/**
 * The Redis names of one cluster-limited group: its keys, all under one hash tag ({@code
 * <prefix>{<group>}:leases}, {@code :line}, {@code :tickets}, {@code :seq}, {@code :gone}) so that
 * a Redis Cluster keeps them in one slot, and the channel on which every group's changes are
 * announced ({@code <prefix>released}, with the group's name as the message).
 *
 * @param group the group's name
 * @param keys the keys, in the order {@link LeaseScripts} expects them
 * @param channel the release channel shared by every group under the prefix
 */
record GroupKeys(String group, List<String> keys, String channel) {

    /** How many keys a group has. */
    static final int COUNT = 5;

    /** The names of {@code group} under {@code prefix}, such as {@code weft:limit:}. */
    static GroupKeys of(String prefix, String group) {
        String base = prefix + "{" + group + "}:";
        return new GroupKeys(
                group,
                List.of(base + "leases", base + "line", base + "tickets", base + "seq", base + "gone"),
                channel(prefix));
    }

    /** The release channel of every group under {@code prefix}. */
    static String channel(String prefix) {
        return prefix + "released";
    }
}
