package org.probation.enforcement;

/**
 * Where one page of the decisions feed ends, decided before its rows are read so that the page can be streamed with
 * its head first.
 *
 * @param since the cursor the agent sent
 * @param through the last revision the page may hold (its rows are {@code since < revision <= through})
 * @param activeOnly whether only active decisions belong in it ({@code since = 0}: the full current set)
 * @param revision the revision to resume from
 * @param more whether more decisions are waiting beyond this page
 */
public record FeedPage(long since, long through, boolean activeOnly, long revision, boolean more) {

    /** Nothing can be in the page: no revision after {@code since} had committed when it was cut. */
    public boolean empty() {
        return through <= since;
    }
}
