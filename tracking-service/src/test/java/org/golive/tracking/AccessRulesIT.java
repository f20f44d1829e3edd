package org.golive.tracking;

import org.golive.platform.security.AccessRulesContract;

class AccessRulesIT extends AccessRulesContract {
}
