package org.golive.stakeholder.communication.audience;

import java.util.List;

/**
 * The register as communications see it: who is in an audience, with their addresses. Written against this interface
 * so that the register's own query can take its place without touching the communications.
 */
public interface AudienceDirectory {

    /**
     * The stakeholders of the scope (the rollout's, or those of any rollout of the program) in the audience, and the
     * named ones wherever they are registered; each once, by name.
     *
     * @throws org.golive.platform.problem.RuleViolationException when a named stakeholder is not registered
     */
    List<Addressee> resolve(Scope scope, Audience audience);

    /** The champions among the stakeholders of the program's rollouts. */
    List<Addressee> champions(String programId);

    /**
     * A party as planning names it in a RACI (a stakeholder id, a role group name, or a user name): the stakeholder,
     * the rollout's stakeholders of that group, or the user.
     */
    List<Addressee> party(String rolloutId, String party);

    /** A Golive user who is no stakeholder (a project manager), at their address in the organisation's domain. */
    Addressee user(String userName);
}
