package org.golive.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a stack takes of the machine besides CPU: its resident memory and its data directory's disk. */
final class StackFootprint {

    private StackFootprint() {
    }

    /** The stack's resident memory (VmRSS), in MB; -1 where /proc cannot tell. */
    static long residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: unknown
        }
        return -1;
    }

    /**
     * The disk the stack's data directory uses (the MongoDB file, Kafka's logs), in MB, as {@code du} counts it: Kafka
     * preallocates its index files sparse, so their length is not what they take. -1 where {@code du} is missing.
     */
    static long megabytes(Path directory) {
        try {
            Process du = new ProcessBuilder("du", "-sm", directory.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return du.waitFor() == 0 ? Long.parseLong(out.split("\\s+")[0]) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
