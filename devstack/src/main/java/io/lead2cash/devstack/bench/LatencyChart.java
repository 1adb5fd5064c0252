package io.lead2cash.devstack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Latency against load as an SVG line chart: throughput on the x axis, latency (logarithmic) on the y axis, one line
 * per series with each point labelled by its connection count, so a knee shows where more clients only add waiting.
 */
final class LatencyChart {

    /** One line of the chart. */
    record Series(String name, String colour, boolean dashed, List<LoadResult> points, boolean p99) {
    }

    private static final int WIDTH = 760;
    private static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 190;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private LatencyChart() {
    }

    static String svg(String title, List<Series> series) {
        double maxRate = series.stream().flatMap(s -> s.points().stream()).mapToDouble(LoadResult::perSecond).max().orElse(1);
        double maxLatency = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p.p99()).max().orElse(1);
        double xMax = niceCeiling(maxRate * 1.05);
        double yMin = 0.1;
        double yMax = Math.pow(10, Math.ceil(Math.log10(Math.max(1, maxLatency * 1.2))));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                LEFT, escape(title)));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        for (int i = 0; i <= 5; i++) {
            double rate = xMax * i / 5;
            double x = LEFT + plotWidth * i / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n",
                    x, TOP, x, TOP + plotHeight));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,.0f</text>%n", x,
                    TOP + plotHeight + 18, rate));
        }
        for (double latency = yMin; latency <= yMax * 1.001; latency *= 10) {
            double y = y(latency, yMin, yMax, plotHeight);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    LEFT, y, LEFT + plotWidth, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>%n", LEFT - 6,
                    y + 4, latency < 1 ? String.format(Locale.ROOT, "%.1f", latency) : String.format(Locale.ROOT, "%.0f", latency)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">calls (transactions) per second"
                + "</text>%n", LEFT + plotWidth / 2, HEIGHT - 18));
        svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" transform=\"rotate(-90 16 %d)\" text-anchor=\"middle\">"
                + "latency (log scale)</text>%n", TOP + plotHeight / 2, TOP + plotHeight / 2));
        int legendY = TOP + 10;
        for (Series s : series) {
            List<String> coordinates = new ArrayList<>();
            for (LoadResult p : s.points()) {
                double x = LEFT + plotWidth * p.perSecond() / xMax;
                double y = y(s.p99() ? p.p99() : p.p50(), yMin, yMax, plotHeight);
                coordinates.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, s.colour()));
                if (s.p99()) {
                    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"%s\">%d</text>%n",
                            x + 4, y - 4, s.colour(), p.connections()));
                }
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                    String.join(" ", coordinates), s.colour(), s.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
            int lx = WIDTH - RIGHT + 14;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                    lx, legendY, lx + 24, legendY, s.colour(), s.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", lx + 30, legendY + 4, escape(s.name())));
            legendY += 20;
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#555\">numbers: connections</text>%n",
                WIDTH - RIGHT + 14, legendY + 6));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double y(double latency, double min, double max, int plotHeight) {
        double clamped = Math.max(min, Math.min(max, latency));
        return TOP + plotHeight * (1 - (Math.log10(clamped) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code value}. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(value, 1e-9))));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
