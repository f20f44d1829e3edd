package org.golive.stakeholder.communication.delivery;

import org.golive.stakeholder.register.RoleGroup;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Of the recipients a communication reached (delivered), how many acknowledged. Deliveries that failed or are still
 * under way do not count: nobody can acknowledge what they never got.
 *
 * @param rate acknowledged / delivered, 0 to 1, rounded to three places; null when nothing was delivered
 */
public record AcknowledgementRate(int delivered, int acknowledged, Double rate) {

    public static AcknowledgementRate of(Collection<Delivery> deliveries) {
        int delivered = (int) deliveries.stream().filter(d -> d.state() == DeliveryState.DELIVERED).count();
        int acknowledged = (int) deliveries.stream()
                .filter(d -> d.state() == DeliveryState.DELIVERED && d.isAcknowledged()).count();
        return new AcknowledgementRate(delivered, acknowledged,
                delivered == 0 ? null : Math.round(1000.0 * acknowledged / delivered) / 1000.0);
    }

    /** Per role group of the recipients who are stakeholders. */
    public static Map<RoleGroup, AcknowledgementRate> byRoleGroup(Collection<Delivery> deliveries) {
        Map<RoleGroup, AcknowledgementRate> rates = new EnumMap<>(RoleGroup.class);
        deliveries.stream().filter(d -> d.roleGroup() != null)
                .collect(Collectors.groupingBy(Delivery::roleGroup))
                .forEach((group, ofGroup) -> rates.put(group, of(ofGroup)));
        return rates;
    }
}
