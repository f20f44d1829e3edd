package org.golive.contract.stakeholder;

import java.time.Instant;
import java.util.List;

/**
 * A stakeholder was entered in the register. Key: stakeholder id (a stakeholder may matter to several rollouts, and
 * their events stay in order on one partition). No contact details travel: consumers get the grid, not the address
 * book.
 *
 * @param quadrant      where influence and interest put them on the power/interest grid; null until both are rated
 * @param engagementGap levels from current to desired engagement (negative: more engaged than needed); null until
 *                      both are assessed
 */
public record StakeholderRegistered(String stakeholderId, String name, String roleGroup, String influence,
                                    String interest, String quadrant, String currentEngagement,
                                    String desiredEngagement, Integer engagementGap, boolean champion,
                                    boolean superUser, List<String> rolloutIds, List<String> programIds,
                                    Instant registeredAt) {

    public static final String TYPE = "org.golive.stakeholder.stakeholder.registered.v1";
}
