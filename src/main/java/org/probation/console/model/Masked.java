package org.probation.console.model;

/**
 * Addresses as every console reader may see them: enough to tell a typo from another mailbox ({@code o***@example.jp}),
 * the same masking the timeline uses when a contact changes. The full address stays in the account.
 */
public final class Masked {

    private Masked() {
    }

    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.substring(0, email.offsetByCodePoints(0, 1)) + "***" + email.substring(at);
    }
}
