package org.golive.benchmarks.load;

import java.util.SplittableRandom;

/** One kind of request, made over and over by each connection for the length of a run. */
interface Scenario {

    String name();

    /** Makes one request on connection {@code connection}; a connection's calls are sequential. */
    Api.Answer call(Api api, Target target, int connection, SplittableRandom random);
}
