package org.golive.planning;

import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Microsoft Project file imported over a site that has a plan: refused, whatever the file is called, naming the
 * replace ({@link PlanReplaceIT}).
 */
class PlanReimportIT extends PlanningServiceHarness {

    private static byte[] sample() {
        try (InputStream in = PlanReimportIT.class.getResourceAsStream("/mspdi/projectlibre-new-product.xml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpJson.Reply upload(String rolloutId, String fileName) {
        return admin.send(HttpRequest.newBuilder(admin.uri("/rollouts/" + rolloutId + "/plan/import?fileName="
                + fileName)).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample())));
    }

    @Test
    void aFileOverAnExistingPlanIsRefusedEvenUnderTheSameNameAndNothingChanges() {
        String rolloutId = RolloutFixtures.newRollout(admin, "Re-import program", Map.of("siteName", "Contoso Labs",
                "siteType", "LABORATORY", "goLiveDate", LocalDate.now(ZoneOffset.UTC).plusDays(200).toString()));
        assertThat(upload(rolloutId, "plan.xml").status()).isEqualTo(201);
        long version = admin.get("/rollouts/" + rolloutId).json().get("version").asLong();

        var sameName = upload(rolloutId, "plan.xml");
        var otherName = upload(rolloutId, "plan-v2.xml");

        assertThat(sameName.status()).as(sameName.body()).isEqualTo(409);
        assertThat(sameName.json().get("detail").asString()).contains("already has a plan", "file plan.xml",
                "PUT the file to this path with version=" + version);
        assertThat(otherName.status()).isEqualTo(409);
        assertThat(admin.get("/rollouts/" + rolloutId).json().get("version").asLong()).isEqualTo(version);
    }
}
