package org.golive.tracking;

import org.golive.platform.security.AccessRulesContract;
import org.springframework.context.annotation.Import;

/**
 * With tracking's test configuration, so it shares the one context of tracking's integration tests: a second context
 * would be a second consumer in the same group on the same database, with the system clock instead of the fixed one,
 * and would judge some of the other tests' events on another day (StatusHealthIT read a program's SPI of 0.36 for
 * 0.69 once in six runs).
 */
@Import(TrackingTestConfiguration.class)
class AccessRulesIT extends AccessRulesContract {
}
