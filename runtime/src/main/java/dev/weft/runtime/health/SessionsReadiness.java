package dev.weft.runtime.health;

import dev.weft.runtime.session.SessionCapacity;
import dev.weft.runtime.session.Sessions;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The readiness check {@value #NAME}: up while a new tab can get a session, down when every one of
 * {@code quarkus.weft.sessions.max} sessions has its tab connected (a new tab would be refused with
 * {@code too_many_sessions}). Its data: {@code open} (every session held, with those started with
 * their page and those waiting for their tab), {@code live} (tabs connected) and {@code max}.
 *
 * <p>No bean-defining annotation: the deployment module registers it, with {@code @Readiness}, only
 * when the application has SmallRye Health.
 */
public class SessionsReadiness implements HealthCheck {

    /** The check's name in {@code /q/health/ready}. */
    public static final String NAME = "Weft sessions";

    private final Sessions sessions;

    @Inject
    SessionsReadiness(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public HealthCheckResponse call() {
        SessionCapacity capacity = sessions.capacity();
        return HealthCheckResponse.named(NAME)
                .status(!capacity.full())
                .withData("open", capacity.open())
                .withData("live", capacity.live())
                .withData("max", capacity.max())
                .build();
    }
}
