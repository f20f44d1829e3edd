package org.golive.stakeholder.communication;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The sender and the acknowledgement follow-up run on a schedule, in every instance (their writes are claims). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CommunicationScheduling {
}
