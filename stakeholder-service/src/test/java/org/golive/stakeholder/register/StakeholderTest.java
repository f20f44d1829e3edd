package org.golive.stakeholder.register;

import org.golive.contract.stakeholder.StakeholderEngagementChanged;
import org.golive.contract.stakeholder.StakeholderRegistered;
import org.golive.contract.stakeholder.StakeholderUpdated;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.stakeholder.register.Engagement.LEADING;
import static org.golive.stakeholder.register.Engagement.NEUTRAL;
import static org.golive.stakeholder.register.Engagement.RESISTANT;
import static org.golive.stakeholder.register.Engagement.SUPPORTIVE;
import static org.golive.stakeholder.register.Engagement.UNAWARE;

class StakeholderTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");

    private static Stakeholder registered(Stakeholder.Profile profile, Instant at) {
        return Stakeholder.register(profile, at).result();
    }

    @Test
    void aResistantClinicianWeNeedSupportiveIsTwoLevelsAway() {
        Stakeholder chiefOfMedicine = registered(clinician(RESISTANT, SUPPORTIVE), MONDAY);

        assertThat(chiefOfMedicine.engagementGap()).isEqualTo(2);
    }

    @Test
    void aStakeholderAlreadyWhereTheRolloutNeedsThemHasNoGap() {
        assertThat(registered(clinician(LEADING, LEADING), MONDAY).engagementGap()).isZero();
    }

    @Test
    void aStakeholderMoreEngagedThanNeededHasANegativeGap() {
        assertThat(registered(clinician(LEADING, NEUTRAL), MONDAY).engagementGap()).isEqualTo(-2);
    }

    @Test
    void theGapIsUnknownUntilBothLevelsAreAssessed() {
        assertThat(registered(clinician(null, SUPPORTIVE), MONDAY).engagementGap()).isNull();
        assertThat(registered(clinician(UNAWARE, null), MONDAY).engagementGap()).isNull();
    }

    @Test
    void aRolloutLinkedTwiceIsLinkedOnce() {
        Stakeholder stakeholder = registered(clinicianOn(List.of("r-2", "r-1", " r-2 ")), MONDAY);

        assertThat(stakeholder.rolloutIds()).containsExactly("r-2", "r-1");
    }

    @Test
    void blankContactDetailsAreRecordedAsAbsent() {
        Stakeholder stakeholder = registered(new Stakeholder.Profile("  Dr Ada Byrne ", " ", "", null,
                RoleGroup.CLINICAL, null, null, null, null, false, null), MONDAY);

        assertThat(stakeholder.name()).isEqualTo("Dr Ada Byrne");
        assertThat(stakeholder.email()).isNull();
        assertThat(stakeholder.title()).isNull();
        assertThat(stakeholder.rolloutIds()).isEmpty();
    }

    @Test
    void aRevisionBySomeoneWhoMayChangeSomeLinksKeepsTheOthersWhateverTheySent() {
        Stakeholder shared = registered(new Stakeholder.Profile("Dr Ada Byrne", null, "CMIO", null,
                RoleGroup.EXECUTIVE, null, null, null, null, false, List.of("north", "lake", "bay")), MONDAY);

        shared.revise(new Stakeholder.Profile("Dr Ada Byrne", null, "CMIO", null, RoleGroup.EXECUTIVE, null, null,
                null, null, false, List.of("annex")), rolloutId -> !rolloutId.equals("lake"), TUESDAY);

        assertThat(shared.rolloutIds()).containsExactly("annex", "lake");
    }

    @Test
    void aRevisionReplacesTheProfileButKeepsWhoAndWhenRegistered() {
        Stakeholder stakeholder = registered(clinician(RESISTANT, SUPPORTIVE), MONDAY);
        String id = stakeholder.id();

        stakeholder.revise(new Stakeholder.Profile("Dr Ada Byrne", null, "CMIO", null, RoleGroup.EXECUTIVE,
                Level.HIGH, Level.HIGH, SUPPORTIVE, LEADING, true, List.of()), TUESDAY);

        assertThat(stakeholder.id()).isEqualTo(id);
        assertThat(stakeholder.createdAt()).isEqualTo(MONDAY);
        assertThat(stakeholder.updatedAt()).isEqualTo(TUESDAY);
        assertThat(stakeholder.email()).as("a revision is the whole profile, not a patch").isNull();
        assertThat(stakeholder.roleGroup()).isEqualTo(RoleGroup.EXECUTIVE);
        assertThat(stakeholder.champion()).isTrue();
        assertThat(stakeholder.rolloutIds()).isEmpty();
        assertThat(stakeholder.engagementGap()).isEqualTo(1);
    }

    @Test
    void aStakeholderNeedsANameAndARoleGroup() {
        assertThatThrownBy(() -> registered(new Stakeholder.Profile(" ", null, null, null,
                RoleGroup.CLINICAL, null, null, null, null, false, List.of()), MONDAY))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("name"));
        assertThatThrownBy(() -> registered(new Stakeholder.Profile("Dr Ada Byrne", null, null, null,
                null, null, null, null, null, false, List.of()), MONDAY))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("roleGroup"));
    }

    @Test
    void registeringRaisesStakeholderRegisteredWithTheQuadrantAndGapKeyedByTheStakeholder() {
        Changed<Stakeholder> registered = Stakeholder.register(clinician(RESISTANT, SUPPORTIVE), MONDAY);

        assertThat(registered.events()).singleElement().satisfies(event -> {
            assertThat(event.key()).isEqualTo(registered.result().id());
            assertThat(event.data()).isInstanceOfSatisfying(StakeholderRegistered.class, data -> {
                assertThat(data.quadrant()).as("HIGH influence, MEDIUM interest").isEqualTo("KEEP_SATISFIED");
                assertThat(data.engagementGap()).isEqualTo(2);
                assertThat(data.registeredAt()).isEqualTo(MONDAY);
            });
        });
    }

    @Test
    void aRevisionThatMovesEngagementAlsoRaisesEngagementChanged() {
        Stakeholder stakeholder = registered(clinician(RESISTANT, SUPPORTIVE), MONDAY);

        Changed<Stakeholder> revised = stakeholder.revise(clinician(NEUTRAL, SUPPORTIVE), TUESDAY);

        assertThat(revised.events()).extracting(RaisedEvent::data)
                .hasExactlyElementsOfTypes(StakeholderUpdated.class, StakeholderEngagementChanged.class);
        StakeholderEngagementChanged changed = (StakeholderEngagementChanged) revised.events().get(1).data();
        assertThat(changed.previousCurrentEngagement()).isEqualTo("RESISTANT");
        assertThat(changed.currentEngagement()).isEqualTo("NEUTRAL");
        assertThat(changed.engagementGap()).isEqualTo(1);
    }

    @Test
    void aRevisionThatLeavesEngagementAloneRaisesOnlyUpdated() {
        Stakeholder stakeholder = registered(clinician(RESISTANT, SUPPORTIVE), MONDAY);

        Changed<Stakeholder> revised = stakeholder.revise(new Stakeholder.Profile("Dr Ada Byrne", null, "CMIO", null,
                RoleGroup.CLINICAL, Level.HIGH, Level.HIGH, RESISTANT, SUPPORTIVE, true, true, List.of(),
                List.of("program-1")), TUESDAY);

        assertThat(revised.events()).singleElement().extracting(RaisedEvent::data)
                .isInstanceOfSatisfying(StakeholderUpdated.class, data -> {
                    assertThat(data.quadrant()).isEqualTo("MANAGE_CLOSELY");
                    assertThat(data.superUser()).isTrue();
                    assertThat(data.programIds()).containsExactly("program-1");
                });
    }

    @Test
    void anAddressWithoutADomainIsRefused() {
        assertThatThrownBy(() -> registered(new Stakeholder.Profile("Dr Ada Byrne", "ada@localhost", null, null,
                RoleGroup.CLINICAL, null, null, null, null, false, List.of()), MONDAY))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("email"));
    }

    private static Stakeholder.Profile clinician(Engagement current, Engagement desired) {
        return new Stakeholder.Profile("Dr Ada Byrne", "ada.byrne@northwind.example", "Chief of Medicine",
                "Northwind General", RoleGroup.CLINICAL, Level.HIGH, Level.MEDIUM, current, desired, false, List.of());
    }

    private static Stakeholder.Profile clinicianOn(List<String> rolloutIds) {
        return new Stakeholder.Profile("Dr Ada Byrne", null, null, null, RoleGroup.CLINICAL, null, null, null, null,
                false, rolloutIds);
    }
}
