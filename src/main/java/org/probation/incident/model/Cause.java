package org.probation.incident.model;

/** What the account was abused for. */
public enum Cause {
    MASS_MAIL,
    CMS_BRUTE_FORCE,
    MALWARE,
    FTP_CREDENTIAL_LEAK,
    OTHER
}
