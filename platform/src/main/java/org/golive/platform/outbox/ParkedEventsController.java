package org.golive.platform.outbox;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

/**
 * The PMO admin's handle on events the relay parked (through the gateway: {@code /api/<service>/outbox/parked}):
 * list them, send one again, or drop one for good, which lets its aggregate's later events go out with a gap in the
 * sequence that consumers notice.
 */
@RestController
@RequestMapping("/outbox/parked")
class ParkedEventsController {

    private final ParkedEvents parked;

    ParkedEventsController(ParkedEvents parked) {
        this.parked = parked;
    }

    @GetMapping
    List<ParkedEvents.Parked> list() {
        return parked.list();
    }

    @PostMapping("/{eventId}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ParkedEvents.Parked retry(@PathVariable String eventId, Principal admin) {
        return parked.retry(eventId, name(admin));
    }

    @DeleteMapping("/{eventId}")
    ParkedEvents.Parked drop(@PathVariable String eventId, Principal admin) {
        return parked.drop(eventId, name(admin));
    }

    private static String name(Principal admin) {
        return admin == null ? "an unauthenticated caller" : admin.getName();
    }
}
