package org.probation.security;

/** The console's addresses: everything under {@code /console}, nothing of the API or the customer's pages. */
final class ConsolePaths {

    static final String ROOT = "/console";

    private ConsolePaths() {
    }

    static boolean isConsole(String path) {
        return path != null && (path.equals(ROOT) || path.startsWith(ROOT + "/"));
    }
}
