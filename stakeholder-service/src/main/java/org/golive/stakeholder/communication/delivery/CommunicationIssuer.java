package org.golive.stakeholder.communication.delivery;

import org.golive.stakeholder.communication.audience.Addressee;
import org.golive.stakeholder.communication.audience.Audience;
import org.golive.stakeholder.communication.audience.AudienceDirectory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/** Issues communications: resolves the audience now, and stores the communication with its deliveries pending. */
@Component
public class CommunicationIssuer {

    private final Communications communications;
    private final AudienceDirectory directory;
    private final Clock clock;

    CommunicationIssuer(Communications communications, AudienceDirectory directory, Clock clock) {
        this.communications = communications;
        this.directory = directory;
        this.clock = clock;
    }

    public Communication issue(CommunicationDraft draft, Audience audience) {
        return issue(draft, directory.resolve(draft.scope(), audience));
    }

    /** @throws org.springframework.dao.DuplicateKeyException when a communication with the draft's id exists */
    public Communication issue(CommunicationDraft draft, List<Addressee> recipients) {
        return communications.insert(Communication.issue(draft, recipients, clock.instant()));
    }
}
