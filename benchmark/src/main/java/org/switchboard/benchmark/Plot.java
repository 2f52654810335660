package org.switchboard.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A small line chart drawn with java.awt into a PNG (run with -Djava.awt.headless=true): a few series on
 * linear axes, a legend, optional labelled vertical markers. Enough for two benchmark plots, no library.
 */
final class Plot {

    record Series(String name, Color color, List<double[]> points, boolean dots) {
    }

    private record Marker(double x, String label) {
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();

    Plot(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    Plot series(String name, Color color, List<double[]> points, boolean dots) {
        series.add(new Series(name, color, points, dots));
        return this;
    }

    Plot marker(double x, String label) {
        markers.add(new Marker(x, label));
        return this;
    }

    void write(Path file) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);

        double xMin = Double.MAX_VALUE, xMax = -Double.MAX_VALUE, yMax = 0;
        for (Series s : series) {
            for (double[] p : s.points) {
                xMin = Math.min(xMin, p[0]);
                xMax = Math.max(xMax, p[0]);
                yMax = Math.max(yMax, p[1]);
            }
        }
        if (xMin == Double.MAX_VALUE) {
            xMin = 0;
            xMax = 1;
        }
        xMin = Math.min(xMin, 0);
        if (xMax <= xMin) {
            xMax = xMin + 1;
        }
        double xStep = niceStep(xMax - xMin);
        double yStep = niceStep(yMax <= 0 ? 1 : yMax);
        xMax = Math.ceil(xMax / xStep) * xStep;
        yMax = Math.max(yStep, Math.ceil(yMax * 1.05 / yStep) * yStep);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        final double x0 = xMin, x1 = xMax, y1 = yMax;
        java.util.function.DoubleUnaryOperator px = x -> LEFT + (x - x0) / (x1 - x0) * plotW;
        java.util.function.DoubleUnaryOperator py = y -> TOP + plotH - y / y1 * plotH;

        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        g.setFont(small);
        FontMetrics fm = g.getFontMetrics();
        // grid and tick labels
        for (double y = 0; y <= yMax + yStep / 2; y += yStep) {
            int yy = (int) py.applyAsDouble(y);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(LEFT, yy, LEFT + plotW, yy);
            g.setColor(Color.DARK_GRAY);
            String label = format(y);
            g.drawString(label, LEFT - 8 - fm.stringWidth(label), yy + fm.getAscent() / 2 - 1);
        }
        for (double x = xMin; x <= xMax + xStep / 2; x += xStep) {
            int xx = (int) px.applyAsDouble(x);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(xx, TOP, xx, TOP + plotH);
            g.setColor(Color.DARK_GRAY);
            String label = format(x);
            g.drawString(label, xx - fm.stringWidth(label) / 2, TOP + plotH + fm.getHeight() + 2);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, plotW, plotH);

        // markers (e.g. where each ingest step starts)
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        for (Marker m : markers) {
            int xx = (int) px.applyAsDouble(m.x);
            g.setColor(Color.GRAY);
            g.drawLine(xx, TOP, xx, TOP + plotH);
            g.drawString(m.label, xx + 4, TOP + fm.getAscent() + 2);
        }

        // series
        g.setStroke(new BasicStroke(2f));
        for (Series s : series) {
            g.setColor(s.color);
            int[] prev = null;
            for (double[] p : s.points) {
                int[] cur = {(int) px.applyAsDouble(p[0]), (int) py.applyAsDouble(p[1])};
                if (prev != null) {
                    g.drawLine(prev[0], prev[1], cur[0], cur[1]);
                }
                if (s.dots) {
                    g.fillOval(cur[0] - 4, cur[1] - 4, 8, 8);
                }
                prev = cur;
            }
        }

        // title, axis labels, legend
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, LEFT, TOP - 20);
        g.setFont(small);
        g.drawString(xLabel, LEFT + plotW / 2 - fm.stringWidth(xLabel) / 2, HEIGHT - 15);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(yLabel, -(TOP + plotH / 2 + fm.stringWidth(yLabel) / 2), 20);
        g.setTransform(saved);
        // legend in the top right corner, on white so that lines do not run through the text
        int labelWidth = series.stream().mapToInt(x -> fm.stringWidth(x.name)).max().orElse(0);
        int boxWidth = labelWidth + 36;
        int lx = LEFT + plotW - boxWidth - 6;
        int ly = TOP + 6;
        g.setColor(new Color(255, 255, 255, 230));
        g.fillRect(lx, ly, boxWidth, series.size() * 18 + 6);
        g.setColor(Color.LIGHT_GRAY);
        g.drawRect(lx, ly, boxWidth, series.size() * 18 + 6);
        for (Series s : series) {
            ly += 18;
            g.setColor(s.color);
            g.fillRect(lx + 6, ly - 8, 18, 4);
            g.setColor(Color.BLACK);
            g.drawString(s.name, lx + 30, ly - 2);
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    /** 1, 2 or 5 times a power of ten, giving about five to ten ticks. */
    static double niceStep(double range) {
        double rough = range / 6;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format("%.2f", v);
    }
}
