package org.probation.console.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.probation.console.model.ChartDrawing.Band;
import org.probation.console.model.ChartDrawing.Tick;
import org.probation.console.model.ChartDrawing.VerticalMark;

/**
 * Draws a gated metric's chart as SVG path data on the server: no chart library and no script in the page. The samples
 * are a line through each bucket's minimum and maximum (so the line spans the band between them and a spike stays a
 * spike); where data is missing the line stops and a new path begins, so nothing is ever drawn across a gap. The
 * bounds are step lines that follow the stage in force.
 */
public final class ChartSvg {

    private static final int X_TICKS = 6;
    private static final int Y_TICKS = 4;

    private ChartSvg() {
    }

    /** The stage in force from {@code at} on ({@code 0}: lifted, no bounds). */
    public record StageFrom(Instant at, int level) {
    }

    /** The bounds of a stage. */
    public record Bounds(double clean, double relapse) {
    }

    /** A vertical marker to place; {@code time} is how its title writes {@code at}. */
    public record Mark(Instant at, String kind, String time, Integer fromStage, Integer toStage) {
    }

    /**
     * @param points oldest first; a {@link ChartPoint#isGap gap} breaks the line
     * @param stages the stage in force over time, oldest first; the first from {@code from} on
     * @param bounds per stage level; a level absent here has no bound for this metric
     * @param cleanFrom the start of the current clean window, {@code null} when none runs (it runs until {@code until})
     * @param zone the zone the time labels are written in
     */
    public static ChartDrawing draw(Instant from, Instant until, List<ChartPoint> points, List<StageFrom> stages,
            Map<Integer, Bounds> bounds, List<Mark> marks, Instant cleanFrom, ZoneId zone) {
        Instant end = until.isAfter(from) ? until : from.plusSeconds(1);
        double span = Duration.between(from, end).toMillis();

        Double min = null;
        Double max = null;
        Double last = null;
        int values = 0;
        for (ChartPoint point : points) {
            if (!point.isGap()) {
                values++;
                min = min == null ? point.value() : Math.min(min, point.value());
                max = max == null ? point.value() : Math.max(max, point.value());
                last = point.value();
            }
        }
        double top = max == null ? 0 : max;
        for (Bounds b : bounds.values()) {
            top = Math.max(top, b.relapse());
        }
        double yMax = niceCeiling(top <= 0 ? 1 : top * 1.1);
        double yMin = min != null && min < 0 ? -niceCeiling(-min * 1.1) : 0;

        Scale scale = new Scale(from, span, yMin, yMax);
        List<String> segments = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        int gaps = 0;
        boolean broken = false;
        for (ChartPoint point : points) {
            if (point.isGap()) {
                if (!path.isEmpty()) {
                    segments.add(path.toString());
                    path.setLength(0);
                }
                broken = true;
                continue;
            }
            if (broken && !segments.isEmpty()) {
                gaps++;
            }
            broken = false;
            path.append(path.isEmpty() ? "M" : " L").append(fmt(scale.x(point.at()))).append(' ')
                    .append(fmt(scale.y(point.value())));
        }
        if (!path.isEmpty()) {
            segments.add(path.toString());
        }
        // A lone point between two gaps is a path of one point: a zero-length step that the round cap shows as a dot.
        segments.replaceAll(d -> d.contains("L") ? d : d + " l0 0");

        List<VerticalMark> markers = marks.stream().filter(m -> !m.at().isBefore(from) && !m.at().isAfter(end))
                .map(m -> new VerticalMark(round(scale.x(m.at())), m.kind(), m.time(), m.fromStage(), m.toStage()))
                .toList();
        Band window = null;
        if (cleanFrom != null && cleanFrom.isBefore(end)) {
            double x = scale.x(cleanFrom.isBefore(from) ? from : cleanFrom);
            window = new Band(round(x), round(ChartDrawing.RIGHT - x));
        }
        return new ChartDrawing(segments, steps(stages, bounds, scale, end, true),
                steps(stages, bounds, scale, end, false), markers, window, xTicks(from, end, span, zone),
                yTicks(yMin, yMax, scale), values, gaps, min, max, last, yMax);
    }

    /** The bound in force at each stage, as horizontal runs joined by vertical steps; a run without bound breaks it. */
    private static String steps(List<StageFrom> stages, Map<Integer, Bounds> bounds, Scale scale, Instant end,
            boolean clean) {
        StringBuilder d = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < stages.size(); i++) {
            StageFrom stage = stages.get(i);
            Instant runEnd = i + 1 < stages.size() ? stages.get(i + 1).at() : end;
            if (stage.at().isAfter(end)) {
                break;
            }
            Bounds b = bounds.get(stage.level());
            if (b == null) {
                drawing = false;
                continue;
            }
            double y = scale.y(clean ? b.clean() : b.relapse());
            if (drawing) {
                d.append(" V").append(fmt(y));
            } else {
                d.append(d.isEmpty() ? "M" : " M").append(fmt(scale.x(stage.at()))).append(' ').append(fmt(y));
                drawing = true;
            }
            d.append(" H").append(fmt(scale.x(runEnd.isAfter(end) ? end : runEnd)));
        }
        return d.toString();
    }

    private static List<Tick> xTicks(Instant from, Instant end, double span, ZoneId zone) {
        boolean sameDay = Duration.between(from, end).toHours() < 24;
        DateTimeFormatter format = DateTimeFormatter.ofPattern(sameDay ? "HH:mm" : "M/d HH:mm", Locale.ROOT)
                .withZone(zone);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= X_TICKS; i++) {
            Instant at = from.plusMillis(Math.round(span * i / X_TICKS));
            // Centred under its time, but the last one ends there: the plot reaches nearly to the view box's right
            // edge, which would cut a centred label in half.
            ticks.add(new Tick(round(ChartDrawing.LEFT + (ChartDrawing.RIGHT - ChartDrawing.LEFT) * (double) i / X_TICKS),
                    format.format(at), i == X_TICKS ? "end" : "middle"));
        }
        return ticks;
    }

    private static List<Tick> yTicks(double yMin, double yMax, Scale scale) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= Y_TICKS; i++) {
            double value = yMin + (yMax - yMin) * i / Y_TICKS;
            ticks.add(new Tick(round(scale.y(value)), number(value), "end"));
        }
        return ticks;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code value}: axis labels people read at a glance. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (step * power >= value - 1e-12) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** An axis value: whole numbers without decimals, small ones with up to three. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** One decimal is a tenth of a view-box pixel: finer than any screen, and a third of the bytes of a double. */
    private static String fmt(double v) {
        double r = round(v);
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    private record Scale(Instant from, double span, double yMin, double yMax) {
        double x(Instant at) {
            return ChartDrawing.LEFT
                    + (ChartDrawing.RIGHT - ChartDrawing.LEFT) * (Duration.between(from, at).toMillis() / span);
        }

        double y(double value) {
            return ChartDrawing.BOTTOM - (ChartDrawing.BOTTOM - ChartDrawing.TOP) * ((value - yMin) / (yMax - yMin));
        }
    }
}
