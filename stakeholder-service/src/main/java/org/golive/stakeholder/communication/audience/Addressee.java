package org.golive.stakeholder.communication.audience;

import org.golive.stakeholder.register.Level;
import org.golive.stakeholder.register.RoleGroup;

/**
 * One person a communication goes to, as resolved at send time: a registered stakeholder, or a Golive user (a
 * project manager) who is no stakeholder.
 *
 * @param key   {@code stakeholder:<id>} or {@code user:<user name>}: what events carry instead of the address
 * @param email null when the register has no address for the stakeholder
 */
public record Addressee(String key, String stakeholderId, String name, String email, RoleGroup roleGroup,
                        Level influence) {

    public static Addressee user(String userName, String email) {
        return new Addressee("user:" + userName, null, userName, email, null, null);
    }

    public boolean highInfluence() {
        return influence == Level.HIGH;
    }
}
