package org.probation.console.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartSvgTest {

    private static final Instant FROM = Instant.parse("2026-11-28T00:00:00Z");
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    @Test
    void aGapBreaksTheLineIntoTwoPaths() {
        List<ChartPoint> points = List.of(new ChartPoint(FROM.plusSeconds(60), 10.0),
                new ChartPoint(FROM.plusSeconds(120), 20.0), ChartPoint.gapAt(FROM.plusSeconds(180)),
                new ChartPoint(FROM.plusSeconds(600), 30.0), new ChartPoint(FROM.plusSeconds(660), 40.0));

        ChartDrawing drawing = ChartSvg.draw(FROM, FROM.plusSeconds(720), points, List.of(), Map.of(), List.of(),
                null, JST);

        assertThat(drawing.segments()).hasSize(2).allSatisfy(d -> assertThat(d).startsWith("M").contains(" L"));
        assertThat(drawing.gaps()).isEqualTo(1);
        assertThat(drawing.points()).isEqualTo(4);
        assertThat(drawing.maxValue()).isEqualTo(40.0);
        assertThat(drawing.lastValue()).isEqualTo(40.0);
    }

    @Test
    void aLonePointBetweenGapsIsADot() {
        List<ChartPoint> points = List.of(ChartPoint.gapAt(FROM), new ChartPoint(FROM.plusSeconds(60), 5.0),
                ChartPoint.gapAt(FROM.plusSeconds(120)));

        ChartDrawing drawing = ChartSvg.draw(FROM, FROM.plusSeconds(600), points, List.of(), Map.of(), List.of(),
                null, JST);

        assertThat(drawing.segments()).singleElement().satisfies(d -> assertThat(d).endsWith(" l0 0"));
    }

    @Test
    void aSpikeReachesTheTopOfTheScale() {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            points.add(new ChartPoint(FROM.plusSeconds(60L * i), i == 500 ? 900.0 : 12.0));
        }

        ChartDrawing drawing = ChartSvg.draw(FROM, FROM.plusSeconds(60_000), points, List.of(), Map.of(), List.of(),
                null, JST);

        // 900 on a scale up to 1,000 (the next round number above 900 and a tenth).
        assertThat(drawing.yMax()).isEqualTo(1000.0);
        double y = ChartDrawing.BOTTOM - (ChartDrawing.BOTTOM - ChartDrawing.TOP) * 0.9;
        assertThat(drawing.segments().get(0)).contains(" " + Math.round(y * 10) / 10.0);
    }

    @Test
    void theBoundsFollowTheStageInForce() {
        Instant stepDown = FROM.plus(Duration.ofHours(12));
        Instant lifted = FROM.plus(Duration.ofHours(18));
        ChartDrawing drawing = ChartSvg.draw(FROM, FROM.plus(Duration.ofHours(24)), List.of(),
                List.of(new ChartSvg.StageFrom(FROM, 2), new ChartSvg.StageFrom(stepDown, 1),
                        new ChartSvg.StageFrom(lifted, 0)),
                Map.of(2, new ChartSvg.Bounds(100, 500), 1, new ChartSvg.Bounds(200, 800)),
                List.of(new ChartSvg.Mark(stepDown, "STEPPED_DOWN", "12:00", 2, 1)), stepDown, JST);

        // From the left edge at stage 2's bound, a step at the step-down to stage 1's, ending at the lift.
        assertThat(drawing.clean()).startsWith("M" + ChartDrawing.LEFT + " ").contains(" V").doesNotContain(" M");
        assertThat(drawing.relapse()).startsWith("M" + ChartDrawing.LEFT + " ");
        double half = ChartDrawing.LEFT + (ChartDrawing.RIGHT - ChartDrawing.LEFT) / 2.0;
        assertThat(drawing.markers()).singleElement().satisfies(m -> assertThat(m.x()).isEqualTo(half));
        assertThat(drawing.cleanWindow().x()).isEqualTo(half);
        assertThat(drawing.yMax()).isEqualTo(1000.0);
        assertThat(drawing.xTicks()).hasSize(7).first().satisfies(t -> assertThat(t.label()).isEqualTo("11/28 09:00"));
    }

    @Test
    void everyTimeLabelStaysInsideTheViewBox() {
        // Two days, to the longest label there is ("12/31 09:00": a month and a day of two digits each).
        Instant from = Instant.parse("2026-12-29T00:00:00Z");
        ChartDrawing drawing = ChartSvg.draw(from, from.plus(Duration.ofDays(2)), List.of(), List.of(), Map.of(),
                List.of(), null, JST);

        assertThat(drawing.xTicks()).hasSize(7).allSatisfy(tick -> {
            // 12px text (incident.css); a digit, a slash, a colon or a space is at most 0.6 em wide.
            double width = tick.label().length() * 12 * 0.6;
            double start = switch (tick.anchor()) {
                case "start" -> tick.at();
                case "middle" -> tick.at() - width / 2;
                case "end" -> tick.at() - width;
                default -> throw new AssertionError("text-anchor " + tick.anchor());
            };
            assertThat(start).as("left end of %s", tick.label()).isGreaterThanOrEqualTo(0);
            assertThat(start + width).as("right end of %s", tick.label()).isLessThanOrEqualTo(ChartDrawing.WIDTH);
        });
        // The last one still ends at the last time: the right edge of the plot.
        assertThat(drawing.xTicks().get(6)).satisfies(last -> {
            assertThat(last.label()).isEqualTo("12/31 09:00");
            assertThat(last.at()).isEqualTo((double) ChartDrawing.RIGHT);
            assertThat(last.anchor()).isEqualTo("end");
        });
    }

    @Test
    void axisNumbersAreRoundAndPlain() {
        assertThat(ChartSvg.niceCeiling(990)).isEqualTo(1000);
        assertThat(ChartSvg.niceCeiling(0.66)).isEqualTo(1.0);
        assertThat(ChartSvg.niceCeiling(2.2)).isEqualTo(2.5);
        assertThat(ChartSvg.number(250)).isEqualTo("250");
        assertThat(ChartSvg.number(0.25)).isEqualTo("0.25");
    }
}
