package org.golive.stakeholder.communication.acknowledgement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.stakeholder.communication.ScopeAccess;
import org.golive.stakeholder.communication.audience.RolloutCalendar;
import org.golive.stakeholder.communication.audience.Scope;
import org.golive.stakeholder.communication.delivery.AcknowledgementRate;
import org.golive.stakeholder.communication.delivery.Communication;
import org.golive.stakeholder.communication.delivery.Communications;
import org.golive.stakeholder.communication.delivery.Delivery;
import org.golive.stakeholder.communication.delivery.Kind;
import org.golive.stakeholder.register.RoleGroup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@Tag(name = "Communications")
@RestController
class AcknowledgementRatesController {

    private final Communications communications;
    private final RolloutCalendar calendar;
    private final ScopeAccess access;

    AcknowledgementRatesController(Communications communications, RolloutCalendar calendar, ScopeAccess access) {
        this.communications = communications;
        this.calendar = calendar;
        this.access = access;
    }

    record CommunicationRate(String communicationId, String subject, AcknowledgementRate rate) {
    }

    record Rates(String rolloutId, String programId, AcknowledgementRate overall,
                 Map<RoleGroup, AcknowledgementRate> byRoleGroup, List<CommunicationRate> byCommunication) {
    }

    @Operation(summary = "Acknowledgement rates of a rollout's or a program's communications that asked for it",
            description = "Over the deliveries that arrived: overall, per role group and per communication.")
    @GetMapping("/communications/acknowledgement-rates")
    Rates rates(@RequestParam(required = false) String rolloutId, @RequestParam(required = false) String programId) {
        Scope scope = calendar.scope(rolloutId, programId);
        access.mayRead(scope);
        List<Communication> asked = communications.of(scope.rolloutId(), scope.programId()).stream()
                .filter(c -> c.acknowledgementDeadline() != null && c.kind() != Kind.REMINDER).toList();
        List<Delivery> deliveries = asked.stream().flatMap(c -> c.deliveries().stream()).toList();
        return new Rates(scope.rolloutId(), scope.programId(), AcknowledgementRate.of(deliveries),
                AcknowledgementRate.byRoleGroup(deliveries), asked.stream()
                .map(c -> new CommunicationRate(c.id(), c.subject(), AcknowledgementRate.of(c.deliveries()))).toList());
    }
}
