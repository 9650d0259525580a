package org.probation.console.web;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * The incident list as the page shows it.
 *
 * @param counts open incidents per open state, then those lifted in the last 7 days
 * @param first the 1-based position of the first row (0 when there is none)
 * @param fragmentSrc the address the counts and the table refresh from
 */
@TemplateData
public record ListPage(ListFilter filter, List<StateCount> counts, long openTotal, List<ListRow> rows, long total,
        long first, long last, int pages, String previousHref, String nextHref, String fragmentSrc,
        List<String> states, List<String> causes, List<String> policies, List<ClosedPeriod> closedPeriods,
        int refreshSeconds) {

    /**
     * @param state a state's name, {@code LIFTED} meaning lifted in the last 7 days
     * @param href the list of exactly what is counted
     */
    @TemplateData
    public record StateCount(String state, long count, String href) {
    }

    /** A choice of the {@code closed-within} filter: {@code value} as the address writes it, {@code days} as said. */
    @TemplateData
    public record ClosedPeriod(String value, long days) {
    }
}
