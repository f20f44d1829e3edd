package org.golive.stakeholder.communication.audience;

import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.golive.stakeholder.register.RegisterQuery;
import org.golive.stakeholder.register.RoleGroup;
import org.golive.stakeholder.register.Stakeholder;
import org.golive.stakeholder.register.Stakeholders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audience directory over the register's own query ({@link Stakeholders#find(RegisterQuery)}). */
@Component
class RegisterAudienceDirectory implements AudienceDirectory {

    private static final Comparator<Addressee> BY_NAME =
            Comparator.comparing(Addressee::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Addressee::key);

    private final Stakeholders register;
    private final String userMailDomain;

    RegisterAudienceDirectory(Stakeholders register,
                              @Value("${golive.communications.user-mail-domain:golive.local}") String userMailDomain) {
        this.register = register;
        this.userMailDomain = userMailDomain;
    }

    @Override
    public List<Addressee> resolve(Scope scope, Audience audience) {
        Map<String, Addressee> found = new LinkedHashMap<>();
        if (audience.selectsGroups()) {
            register.find(audience.groupsIn(scope)).forEach(s -> found.putIfAbsent(s.id(), of(s)));
        }
        if (!audience.stakeholderIds().isEmpty()) {
            List<String> unknown = register.unknownAmong(audience.stakeholderIds());
            if (!unknown.isEmpty()) {
                throw new RuleViolationException("audience.stakeholderIds", "Unknown stakeholders: "
                        + String.join(", ", unknown));
            }
            audience.stakeholderIds().forEach(id -> found.computeIfAbsent(id, known -> of(register.get(known))));
        }
        return found.values().stream().sorted(BY_NAME).toList();
    }

    /** The champions linked to the program, or to any of its rollouts. */
    @Override
    public List<Addressee> champions(String programId) {
        try {
            return register.find(RegisterQuery.onProgram(programId)).stream().filter(Stakeholder::champion)
                    .map(this::of).sorted(BY_NAME).toList();
        } catch (NotFoundException unknownProgram) {
            return List.of();
        }
    }

    @Override
    public List<Addressee> party(String rolloutId, String party) {
        if (party == null || party.isBlank()) {
            return List.of();
        }
        if (register.unknownAmong(List.of(party)).isEmpty()) {
            return List.of(of(register.get(party)));
        }
        for (RoleGroup group : RoleGroup.values()) {
            if (group.name().equalsIgnoreCase(party)) {
                return register.find(RegisterQuery.onRollout(rolloutId).inRoleGroups(List.of(group))).stream()
                        .map(this::of).sorted(BY_NAME).toList();
            }
        }
        return List.of(user(party));
    }

    /** A Golive user (a project manager) is written to at their user name in the organisation's mail domain. */
    @Override
    public Addressee user(String userName) {
        return Addressee.user(userName, userName + "@" + userMailDomain);
    }

    private Addressee of(Stakeholder s) {
        return new Addressee("stakeholder:" + s.id(), s.id(), s.name(), s.email(), s.roleGroup(), s.influence());
    }
}
