package org.golive.platform.consumer;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Lists the events this service parked, oldest first (PMO_ADMIN; see {@link ParkedEventsEndpoint}). */
@RestController
class ParkedEventsController {

    private final ParkedEvents parked;

    ParkedEventsController(ParkedEvents parked) {
        this.parked = parked;
    }

    @GetMapping(ParkedEventsEndpoint.PATH)
    List<ParkedEvents.Parked> parked() {
        return parked.list();
    }
}
