package org.golive.planning;

import org.golive.platform.security.AccessRulesContract;

class AccessRulesIT extends AccessRulesContract {
}
