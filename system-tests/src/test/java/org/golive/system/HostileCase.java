package org.golive.system;

import java.util.Map;

/**
 * One hostile request: what it attacks ({@code kind}, e.g. {@code number} or {@code media-type}), the operation and
 * the request itself. {@code headers} are extra headers (Accept); a null content type sends none.
 */
record HostileCase(String kind, String operation, String where, String method, String pathAndQuery,
                   String contentType, byte[] body, Map<String, String> headers) {

    String describe() {
        String shown = pathAndQuery.length() > 120 ? pathAndQuery.substring(0, 120) + "…" : pathAndQuery;
        return kind + " at " + where + ": " + method + " " + shown;
    }
}
