package org.probation.incident;

/** No account has the id the caller named: it never had an incident. */
public class AccountNotFound extends RuntimeException {

    public AccountNotFound(String id) {
        super("no account " + id);
    }
}
