package dev.weft.runtime.push;

import dev.weft.Rerun;
import dev.weft.Reruns;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.AppRegistry;
import dev.weft.runtime.FragmentDefinition;
import dev.weft.runtime.session.Sessions;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * The {@link Reruns} a bean injects: finds the app and the fragment (refusing unknown ones with a
 * message naming those there are), then has {@link Sessions} rerun it. Also observes {@link Rerun}
 * events.
 */
@Singleton
public class ServerReruns implements Reruns {

    private final AppRegistry apps;
    private final Sessions sessions;

    ServerReruns(AppRegistry apps, Sessions sessions) {
        this.apps = apps;
        this.sessions = sessions;
    }

    @Override
    public AppReruns of(Class<?> app) {
        AppDefinition definition = apps.byClass(app)
                .orElseThrow(() -> new IllegalArgumentException(app.getName()
                        + " is not an @App of this application. Its apps are "
                        + apps.pages().stream()
                                .map(page -> page.appClass().getName())
                                .sorted()
                                .collect(Collectors.joining(", "))
                        + "."));
        return name -> target(definition, name);
    }

    @Override
    public int push(Rerun rerun) {
        Target target = of(rerun.app()).fragment(rerun.fragment());
        return rerun.sessionId() == null ? target.everywhere() : target.inSession(rerun.sessionId()) ? 1 : 0;
    }

    /** A {@link Rerun} fired as a CDI event. */
    void onRerun(@Observes Rerun rerun) {
        push(rerun);
    }

    private Target target(AppDefinition app, String name) {
        if (app.fragments().stream().noneMatch(fragment -> fragment.name().equals(name))) {
            throw new IllegalArgumentException(app.appClass().getSimpleName() + " has no fragment '" + name
                    + "'. Its fragments are "
                    + app.fragments().stream().map(FragmentDefinition::name).collect(Collectors.joining(", "))
                    + ".");
        }
        return new Target() {
            @Override
            public int everywhere() {
                return sessions.push(app, name, null);
            }

            @Override
            public boolean inSession(String sessionId) {
                return sessionId != null && sessions.push(app, name, sessionId) == 1;
            }
        };
    }
}
