package org.probation.console.model;

import java.util.List;

/**
 * One chart as an inline SVG draws it, in the coordinates of its {@code viewBox} ({@link #WIDTH} × {@link #HEIGHT}):
 * path data and positions only, so the page template stays markup and no script runs in the browser.
 *
 * @param segments one path per stretch of data without missing samples: a gap is where one ends and the next begins
 * @param clean the clean bound as a step line (the bound in force at each stage over time); empty when none
 * @param relapse the relapse bound, likewise
 * @param cleanWindow the current clean window, shaded; {@code null} when none runs
 * @param points the chart points that hold a value (after downsampling)
 * @param gaps how many times the data breaks off
 * @param maxValue the largest value drawn, {@code null} without data
 */
public record ChartDrawing(List<String> segments, String clean, String relapse, List<VerticalMark> markers,
        Band cleanWindow, List<Tick> xTicks, List<Tick> yTicks, int points, int gaps, Double minValue,
        Double maxValue, Double lastValue, double yMax) {

    public static final int WIDTH = 960;
    public static final int HEIGHT = 260;
    /** The plot area inside the view box: room for the value labels on the left and the times below. */
    public static final int LEFT = 64;
    public static final int RIGHT = WIDTH - 12;
    public static final int TOP = 12;
    public static final int BOTTOM = HEIGHT - 36;

    /** A vertical marker at {@code x}: a stage change or a relapse ({@code kind}: the timeline entry's type). */
    public record VerticalMark(double x, String kind, String time, Integer fromStage, Integer toStage) {
    }

    /** A shaded stretch of the time axis. */
    public record Band(double x, double width) {
    }

    /**
     * An axis label at position {@code at} (x for times, y for values), {@code anchor} its SVG {@code text-anchor}:
     * which end of the text stands at {@code at}.
     */
    public record Tick(double at, String label, String anchor) {
    }

    public int top() {
        return TOP;
    }

    public int bottom() {
        return BOTTOM;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return RIGHT;
    }

    public int yLabelX() {
        return LEFT - 6;
    }

    public int xLabelY() {
        return BOTTOM + 18;
    }

    public int zoneY() {
        return BOTTOM + 34;
    }

    public int plotHeight() {
        return BOTTOM - TOP;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }
}
