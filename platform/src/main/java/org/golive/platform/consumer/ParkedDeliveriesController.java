package org.golive.platform.consumer;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Lists the events this service parked, oldest first (PMO_ADMIN; see {@link ParkedDeliveriesEndpoint}). */
@RestController
class ParkedDeliveriesController {

    private final ParkedDeliveries parked;

    ParkedDeliveriesController(ParkedDeliveries parked) {
        this.parked = parked;
    }

    @GetMapping(ParkedDeliveriesEndpoint.PATH)
    List<ParkedDeliveries.Parked> parked() {
        return parked.list();
    }
}
