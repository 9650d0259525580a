package org.probation.sampling.prometheus;

/** A query Prometheus did not answer usefully; the message says why, for the operator alert. */
public class PrometheusException extends Exception {

    PrometheusException(String message, Throwable cause) {
        super(message, cause);
    }

    /** May pass, so worth a retry: no connection, a timeout, HTTP 5xx or 429. */
    public static final class Unavailable extends PrometheusException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Will not pass by retrying: the query, the credentials or the URL is wrong (HTTP 4xx), or the answer is not an
     * instant vector. It does not open the circuit either: Prometheus itself is fine.
     */
    public static final class Rejected extends PrometheusException {
        Rejected(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
