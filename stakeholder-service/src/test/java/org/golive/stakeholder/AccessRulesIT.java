package org.golive.stakeholder;

import org.golive.platform.security.AccessRulesContract;

class AccessRulesIT extends AccessRulesContract {
}
