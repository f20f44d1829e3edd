package org.golive.testsupport;

/**
 * The shared Redis of the tests (Testcontainers' {@code redis} image, or Debian's {@code redis-server} as a child
 * process), chosen by {@link TestInfrastructure}. A fault test may take it away and bring it back on the same address.
 */
public interface RedisControl {

    String host();

    int port();

    /** Redis stops answering: connections are refused (process) or hang (paused container). */
    void stop();

    /** Redis answers again on the same address, empty (process) or with its data (container). */
    void start();
}
