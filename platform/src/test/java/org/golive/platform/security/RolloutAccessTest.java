package org.golive.platform.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Object-level reading and changing: who sees which rollouts, as every service's lists and queries ask. */
class RolloutAccessTest {

    private static final Map<String, String> MANAGERS = Map.of("north", "pm.north", "south", "pm.south");

    private final RolloutAccess access = new RolloutAccess(new RolloutManagerLookup() {
        @Override
        public Optional<String> managerOf(String rolloutId) {
            return Optional.ofNullable(MANAGERS.get(rolloutId));
        }

        @Override
        public Set<String> rolloutsManagedBy(String username) {
            return Set.of(MANAGERS.entrySet().stream().filter(e -> e.getValue().equals(username))
                    .map(Map.Entry::getKey).toArray(String[]::new));
        }
    });

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void programWideRolesReadEveryRolloutAndOnlyPmoAndFinanceChangeAny() {
        for (Role role : Set.of(Role.PMO_ADMIN, Role.FINANCE, Role.VIEWER, Role.CONTRIBUTOR)) {
            signIn("someone", role);
            assertThat(access.readableIds()).as(role.name()).isEmpty();
            assertThat(access.readable().test("anything")).as(role.name()).isTrue();
            assertThat(access.may("north", RolloutAccess.Action.CHANGE)).as(role.name())
                    .isEqualTo(role == Role.PMO_ADMIN || role == Role.FINANCE);
        }
    }

    @Test
    void aProjectManagerReadsAndChangesTheRolloutsTheyManageOnly() {
        signIn("pm.north", Role.PROJECT_MANAGER);

        assertThat(access.readableIds()).contains(Set.of("north"));
        assertThat(access.readable().test("north")).isTrue();
        assertThat(access.readable().test("south")).isFalse();
        assertThat(access.may("north", RolloutAccess.Action.CHANGE)).isTrue();
        assertThatThrownBy(() -> access.check("south", RolloutAccess.Action.READ))
                .hasMessageContaining("south");
        assertThat(access.mayAny(java.util.List.of("south", "north"), RolloutAccess.Action.READ)).isTrue();
    }

    @Test
    void aCallerWithoutARoleReadsNothing() {
        signIn("stranger");

        assertThat(access.readableIds()).contains(Set.of());
        assertThat(access.readable().test("north")).isFalse();
        assertThat(access.may("north", RolloutAccess.Action.READ)).isFalse();
    }

    private static void signIn(String name, Role... roles) {
        String[] authorities = java.util.Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(name, "n/a", authorities));
    }
}
