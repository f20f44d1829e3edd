package org.golive.stakeholder.communication.audience;

import org.golive.platform.problem.RuleViolationException;
import org.golive.stakeholder.register.RoleGroup;
import org.golive.stakeholder.register.Stakeholder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The audience directory over the stored register. A rollout has tens of stakeholders and a program a few hundred:
 * they are filtered in memory.
 */
@Component
class RegisterAudienceDirectory implements AudienceDirectory {

    private static final Comparator<Addressee> BY_NAME =
            Comparator.comparing(Addressee::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Addressee::key);

    private final MongoTemplate mongo;
    private final RolloutCalendar calendar;
    private final String userMailDomain;

    RegisterAudienceDirectory(MongoTemplate mongo, RolloutCalendar calendar,
                              @Value("${golive.communications.user-mail-domain:golive.local}") String userMailDomain) {
        this.mongo = mongo;
        this.calendar = calendar;
        this.userMailDomain = userMailDomain;
    }

    @Override
    public List<Addressee> resolve(Scope scope, Audience audience) {
        Map<String, Addressee> found = new LinkedHashMap<>();
        if (audience.selectsGroups()) {
            inScope(scope).stream()
                    .filter(s -> audience.matches(s.roleGroup(), Quadrant.of(s.influence(), s.interest())))
                    .forEach(s -> found.putIfAbsent(s.id(), of(s)));
        }
        if (!audience.stakeholderIds().isEmpty()) {
            List<Stakeholder> named = mongo.find(query(where("_id").in(audience.stakeholderIds())), Stakeholder.class);
            List<String> unknown = new ArrayList<>(audience.stakeholderIds());
            named.forEach(s -> unknown.remove(s.id()));
            if (!unknown.isEmpty()) {
                throw new RuleViolationException("audience.stakeholderIds", "Unknown stakeholders: "
                        + String.join(", ", unknown));
            }
            named.forEach(s -> found.putIfAbsent(s.id(), of(s)));
        }
        return found.values().stream().sorted(BY_NAME).toList();
    }

    @Override
    public List<Addressee> champions(String programId) {
        return inScope(new Scope(null, programId)).stream().filter(Stakeholder::champion).map(this::of)
                .sorted(BY_NAME).toList();
    }

    @Override
    public List<Addressee> party(String rolloutId, String party) {
        if (party == null || party.isBlank()) {
            return List.of();
        }
        Stakeholder stakeholder = mongo.findById(party, Stakeholder.class);
        if (stakeholder != null) {
            return List.of(of(stakeholder));
        }
        for (RoleGroup group : RoleGroup.values()) {
            if (group.name().equalsIgnoreCase(party)) {
                return mongo.find(query(where("rolloutIds").is(rolloutId).and("roleGroup").is(group)), Stakeholder.class)
                        .stream().map(this::of).sorted(BY_NAME).toList();
            }
        }
        return List.of(user(party));
    }

    /** A Golive user (a project manager) is written to at their user name in the organisation's mail domain. */
    @Override
    public Addressee user(String userName) {
        return Addressee.user(userName, userName + "@" + userMailDomain);
    }

    private List<Stakeholder> inScope(Scope scope) {
        List<String> rollouts = scope.isProgram()
                ? calendar.ofProgram(scope.programId()).stream().map(RolloutCalendar.Rollout::rolloutId).toList()
                : List.of(scope.rolloutId());
        return mongo.find(query(where("rolloutIds").in(rollouts)), Stakeholder.class);
    }

    private Addressee of(Stakeholder s) {
        return new Addressee("stakeholder:" + s.id(), s.id(), s.name(), s.email(), s.roleGroup(), s.influence());
    }
}
