package org.probation.support;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.event.Observes;

import org.probation.security.Roles;

import io.quarkus.runtime.StartupEvent;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every {@code @QuarkusTest} request that carries no Authorization header is sent with a real operator token, so API
 * tests speak to the API as the abuse desk does. Tests of authentication itself set their own header, or use
 * {@link Tokens#anonymous()} to send none.
 */
public class DefaultToken implements Filter {

    /** The operator the API tests act as; the timeline names them. */
    public static final String OPERATOR = "test-operator";
    static final String NO_TOKEN = "X-Test-No-Token";

    private String token;
    private Instant renewAt = Instant.MIN;

    /** A global filter rather than a request specification: a specification would pin the port of its creation. */
    void install(@Observes StartupEvent started) {
        if (RestAssured.filters().stream().noneMatch(DefaultToken.class::isInstance)) {
            RestAssured.filters(new DefaultToken());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        if (request.getHeaders().hasHeaderWithName(NO_TOKEN)) {
            request.removeHeader(NO_TOKEN);
        } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + token());
        }
        return context.next(request, response);
    }

    /** Tokens last an hour; a fresh one is minted well before that, however long the suite runs. */
    private synchronized String token() {
        Instant now = Instant.now();
        if (now.isAfter(renewAt)) {
            token = Tokens.token(OPERATOR, Roles.OPERATOR);
            renewAt = now.plus(Duration.ofMinutes(30));
        }
        return token;
    }
}
