package dev.weft.runtime.limits;

import dev.weft.LimitedException;
import java.util.function.IntSupplier;

/**
 * Where the figures of {@link dev.weft.Limited} groups go: Micrometer when the application has it
 * ({@link MicrometerLimitMeters}), nowhere otherwise.
 */
public interface LimitMeters {

    /** Records nothing. */
    LimitMeters NONE = (group, waiting, running) -> GroupMeters.NONE;

    /**
     * Registers one group's meters; called once per group.
     *
     * @param waiting callers of the group waiting for a permit on this server now
     * @param running permits of the group held on this server now
     */
    GroupMeters register(String group, IntSupplier waiting, IntSupplier running);

    /** One group's meters. */
    interface GroupMeters {

        /** Records nothing. */
        GroupMeters NONE = new GroupMeters() {
            @Override
            public void waited(long nanos) {}

            @Override
            public void ran(long nanos) {}

            @Override
            public void rejected(LimitedException.Reason reason) {}
        };

        /** A caller got its permit after waiting {@code nanos}. */
        void waited(long nanos);

        /** A permit was held for {@code nanos}. */
        void ran(long nanos);

        /** A caller got no permit. */
        void rejected(LimitedException.Reason reason);
    }
}
