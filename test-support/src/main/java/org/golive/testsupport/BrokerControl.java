package org.golive.testsupport;

/** Lets a fault test take the shared Kafka broker away and bring it back, whichever kind it is. */
public interface BrokerControl {

    /** The broker stops answering; clients see an outage. */
    void stop();

    /** The broker answers again on the same address, with its data. */
    void start();
}
