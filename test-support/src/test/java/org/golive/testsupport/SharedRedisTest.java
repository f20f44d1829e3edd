package org.golive.testsupport;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tests' shared Redis answers, can be taken away (a fault test's outage) and comes back on the same address. */
class SharedRedisTest {

    @Test
    void answersStopsAndComesBackOnTheSameAddress() throws Exception {
        RedisControl redis = TestInfrastructure.redis();
        assertThat(command(redis, "SET golive-test-key 1")).isEqualTo("+OK");

        redis.stop();
        try {
            // Refused (a stopped process) or no answer (a paused container).
            assertThatThrownBy(() -> command(redis, "PING")).isInstanceOf(IOException.class);
        } finally {
            redis.start();
        }
        assertThat(command(redis, "PING")).isEqualTo("+PONG");
    }

    private static String command(RedisControl redis, String inline) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(redis.host(), redis.port()), 2_000);
            socket.setSoTimeout(2_000);
            socket.getOutputStream().write((inline + "\r\n").getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }
}
