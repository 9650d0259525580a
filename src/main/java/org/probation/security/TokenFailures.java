package org.probation.security;

import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Why a bearer token was refused, for the log. Never the token or its claims: a token that fails here may be a valid
 * credential for another service, sent to the wrong one.
 */
public final class TokenFailures {

    private TokenFailures() {
    }

    public static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid) {
                if (invalid.hasExpired()) {
                    return "expired";
                }
                if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
                    return "signature does not verify with the trusted key";
                }
                if (invalid.hasErrorCode(ErrorCodes.ISSUER_INVALID)) {
                    return "issued by another issuer";
                }
                if (invalid.hasErrorCode(ErrorCodes.AUDIENCE_INVALID)) {
                    return "meant for another audience";
                }
                if (invalid.hasErrorCode(ErrorCodes.NOT_YET_VALID)
                        || invalid.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)) {
                    return "not valid yet";
                }
                return "invalid (jose4j error codes " + invalid.getErrorDetails().stream()
                        .map(error -> error.getErrorCode()).toList() + ")";
            }
        }
        return "unreadable (" + failure.getClass().getSimpleName()
                + (failure.getCause() == null ? "" : " from " + failure.getCause().getClass().getSimpleName()) + ")";
    }
}
