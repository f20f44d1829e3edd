package org.golive.budget;

import org.golive.platform.security.AccessRulesContract;

class AccessRulesIT extends AccessRulesContract {
}
