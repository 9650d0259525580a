package org.probation.validation;

/** The shapes of identifiers accepted at the edge, shared by validation annotations and plain checks. */
public final class Patterns {

    /** A server account id such as {@code xs123456}. */
    public static final String ACCOUNT_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}";

    /** A metric name such as {@code mail_sent_per_hour}. */
    public static final String METRIC = "[a-z][a-z0-9_]{0,62}";

    /** A DNS name such as {@code blog-a.example} (letters, digits, hyphens and dots; IDNs in their xn-- form). */
    public static final String DOMAIN = "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

    public static final String POLICY = "[a-z0-9][a-z0-9-]{0,62}";

    public static final String CHECKLIST_KEY = "[a-z][a-z0-9-_]{0,62}";

    private Patterns() {
    }
}
