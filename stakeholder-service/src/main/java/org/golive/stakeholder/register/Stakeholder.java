package org.golive.stakeholder.register;

import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.UUID;

/**
 * A person whose support the rollouts need, with where they stand (influence, interest, engagement) and the rollouts
 * and programs they matter to. Registering and revising raise the events of {@link StakeholderEvents}.
 */
@Document("stakeholders")
public class Stakeholder extends Aggregate {

    @Id
    private String id;
    private String name;
    private String email;
    private String title;
    private String organization;
    private RoleGroup roleGroup;
    private Level influence;
    private Level interest;
    private Engagement currentEngagement;
    private Engagement desiredEngagement;
    private boolean champion;
    private boolean superUser;
    @Indexed
    private List<String> rolloutIds = new ArrayList<>();
    @Indexed
    private List<String> programIds = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;

    Stakeholder() {
    }

    /** Loose on purpose (the form's {@code @Email} is the first check): one @, no blanks, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /**
     * Everything a user may edit about a stakeholder. Influence, interest and both engagement levels may be null:
     * not assessed yet. {@code superUser}: a trained power user who supports colleagues at go-live.
     */
    public record Profile(String name, String email, String title, String organization, RoleGroup roleGroup,
                          Level influence, Level interest, Engagement currentEngagement,
                          Engagement desiredEngagement, boolean champion, boolean superUser, List<String> rolloutIds,
                          List<String> programIds) {

        /** A profile on rollouts only, not a super-user. */
        public Profile(String name, String email, String title, String organization, RoleGroup roleGroup,
                       Level influence, Level interest, Engagement currentEngagement, Engagement desiredEngagement,
                       boolean champion, List<String> rolloutIds) {
            this(name, email, title, organization, roleGroup, influence, interest, currentEngagement,
                    desiredEngagement, champion, false, rolloutIds, List.of());
        }
    }

    public static Changed<Stakeholder> register(Profile profile, Instant now) {
        Stakeholder stakeholder = new Stakeholder();
        stakeholder.id = UUID.randomUUID().toString();
        stakeholder.createdAt = now;
        stakeholder.take(profile, now);
        return Changed.of(stakeholder, StakeholderEvents.registered(stakeholder));
    }

    /** Replaces the whole editable state: a revision is the profile as the user left it, not a patch. */
    public Changed<Stakeholder> revise(Profile profile, Instant now) {
        return revise(profile, rolloutId -> true, now);
    }

    /**
     * A revision by someone who may change only some of the stakeholder's links (a project manager: the rollouts they
     * manage). The links they may not change stay, whatever list they sent: a stakeholder shared with another
     * manager's rollout never loses it to this revision.
     */
    public Changed<Stakeholder> revise(Profile profile, Predicate<String> mayChangeLink, Instant now) {
        List<String> untouchable = rolloutIds.stream().filter(mayChangeLink.negate()).toList();
        Engagement previousCurrent = currentEngagement;
        Engagement previousDesired = desiredEngagement;
        take(profile, now);
        untouchable.stream().filter(id -> !rolloutIds.contains(id)).forEach(rolloutIds::add);
        if (previousCurrent == currentEngagement && previousDesired == desiredEngagement) {
            return Changed.of(this, StakeholderEvents.updated(this));
        }
        return Changed.of(this, StakeholderEvents.updated(this),
                StakeholderEvents.engagementChanged(this, previousCurrent, previousDesired));
    }

    private void take(Profile profile, Instant now) {
        if (profile.name() == null || profile.name().isBlank()) {
            throw new RuleViolationException("name", "A stakeholder needs a name");
        }
        if (profile.roleGroup() == null) {
            throw new RuleViolationException("roleGroup", "A stakeholder needs a role group");
        }
        String address = stripToNull(profile.email());
        if (address != null && !EMAIL.matcher(address).matches()) {
            throw new RuleViolationException("email", "Not an e-mail address: " + address);
        }
        name = profile.name().strip();
        email = address;
        title = stripToNull(profile.title());
        organization = stripToNull(profile.organization());
        roleGroup = profile.roleGroup();
        influence = profile.influence();
        interest = profile.interest();
        currentEngagement = profile.currentEngagement();
        desiredEngagement = profile.desiredEngagement();
        champion = profile.champion();
        superUser = profile.superUser();
        rolloutIds = new ArrayList<>(linked(profile.rolloutIds()));
        programIds = new ArrayList<>(linked(profile.programIds()));
        updatedAt = now;
    }

    /** Each rollout (program) once, in the order given: a stakeholder matters to a rollout or does not. */
    private static LinkedHashSet<String> linked(List<String> ids) {
        LinkedHashSet<String> linked = new LinkedHashSet<>();
        if (ids != null) {
            ids.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(linked::add);
        }
        return linked;
    }

    private static String stripToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Levels the stakeholder still has to climb to where the rollout needs them (see {@link Engagement#levelsTo}):
     * the gap the engagement plan has to close. Null until both levels are assessed.
     */
    public Integer engagementGap() {
        if (currentEngagement == null || desiredEngagement == null) {
            return null;
        }
        return currentEngagement.levelsTo(desiredEngagement);
    }

    /** Where influence and interest put them on the power/interest grid; null until both are rated. */
    public Quadrant quadrant() {
        return Quadrant.of(influence, interest);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/stakeholder/stakeholders/" + id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String title() {
        return title;
    }

    public String organization() {
        return organization;
    }

    public RoleGroup roleGroup() {
        return roleGroup;
    }

    public Level influence() {
        return influence;
    }

    public Level interest() {
        return interest;
    }

    public Engagement currentEngagement() {
        return currentEngagement;
    }

    public Engagement desiredEngagement() {
        return desiredEngagement;
    }

    public boolean champion() {
        return champion;
    }

    public boolean superUser() {
        return superUser;
    }

    public List<String> rolloutIds() {
        return List.copyOf(rolloutIds);
    }

    public List<String> programIds() {
        return programIds == null ? List.of() : List.copyOf(programIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
