package dev.weft.runtime.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.User;
import org.junit.jupiter.api.Test;

/** Who a page's or fragment's access lets in, and which sessions a user may take back. */
class AccessTest {

    private static final User ALICE = User.of("alice", "analyst");
    private static final User BOB = User.of("bob", "admin", "analyst");

    @Test
    void anyone_letsInEveryoneLoggedInOrNot() {
        assertThat(Access.ANYONE.allows(User.ANONYMOUS)).isTrue();
        assertThat(Access.ANYONE.allows(ALICE)).isTrue();
    }

    @Test
    void authenticated_letsInLoggedInUsersOnly() {
        assertThat(Access.AUTHENTICATED.allows(User.ANONYMOUS)).isFalse();
        assertThat(Access.AUTHENTICATED.allows(User.of("carol"))).isTrue();
    }

    @Test
    void roles_letInUsersWithAnyOfThem() {
        Access admins = Access.anyRole("admin", "owner");

        assertThat(admins.allows(BOB)).isTrue();
        assertThat(admins.allows(ALICE)).isFalse();
        assertThat(admins.allows(User.ANONYMOUS)).isFalse();
    }

    @Test
    void noRoles_isRefused() {
        assertThatThrownBy(() -> Access.anyRole()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameUser_isTheSamePrincipalOrAnonymousBothTimes() {
        SessionIdentity alice = SessionIdentity.of(ALICE);

        assertThat(alice.sameUser(SessionIdentity.of(User.of("alice", "admin"))))
                .isTrue();
        assertThat(alice.sameUser(SessionIdentity.of(BOB))).isFalse();
        assertThat(alice.sameUser(SessionIdentity.ANONYMOUS)).isFalse();
        assertThat(SessionIdentity.ANONYMOUS.sameUser(alice)).isFalse();
        assertThat(SessionIdentity.ANONYMOUS.sameUser(SessionIdentity.of(User.ANONYMOUS)))
                .isTrue();
    }

    @Test
    void givenIdentity_isTheUsersForQuarkus() {
        SessionIdentity bob = SessionIdentity.of(BOB);

        assertThat(bob.security().getPrincipal().getName()).isEqualTo("bob");
        assertThat(bob.security().hasRole("admin")).isTrue();
        assertThat(bob.security().isAnonymous()).isFalse();
        assertThat(SessionIdentity.of(bob.security()).user()).isEqualTo(BOB);
    }
}
