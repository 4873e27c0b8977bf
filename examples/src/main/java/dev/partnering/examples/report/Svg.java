package dev.partnering.examples.report;

import java.util.Locale;

/**
 * A small writer of inline SVG and HTML text. Coordinates are pixels (binary floating point is fine
 * for drawing; every figure shown as text comes from an exact decimal). Text is escaped.
 * Not thread-safe.
 */
final class Svg {

    private final StringBuilder sb = new StringBuilder();

    /** Opens an {@code <svg>} with a chart kind, a key (what it shows), an accessible label and a tooltip title. */
    Svg open(String chart, String key, int width, int height, String label) {
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" data-chart=\"").append(esc(chart))
                .append("\" data-key=\"").append(esc(key)).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(label)).append("\"><title>").append(esc(label))
                .append("</title>");
        return this;
    }

    Svg close() {
        sb.append("</svg>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cls) {
        sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(cls).append("\"/>");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String cls, String tooltip) {
        sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(Math.max(h, 1))).append("\" class=\"").append(cls).append("\">");
        if (tooltip != null) {
            sb.append("<title>").append(esc(tooltip)).append("</title>");
        }
        sb.append("</rect>");
        return this;
    }

    Svg circle(double cx, double cy, double r, String cls, String tooltip) {
        sb.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" class=\"").append(cls).append("\">");
        if (tooltip != null) {
            sb.append("<title>").append(esc(tooltip)).append("</title>");
        }
        sb.append("</circle>");
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String cls) {
        return points("polyline", xs, ys, cls);
    }

    Svg polygon(double[] xs, double[] ys, String cls) {
        return points("polygon", xs, ys, cls);
    }

    private Svg points(String tag, double[] xs, double[] ys, String cls) {
        sb.append('<').append(tag).append(" points=\"");
        for (int i = 0; i < xs.length; i++) {
            sb.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        sb.append("\" class=\"").append(cls).append("\"/>");
        return this;
    }

    Svg path(String d, String cls) {
        sb.append("<path d=\"").append(d).append("\" class=\"").append(cls).append("\"/>");
        return this;
    }

    Svg text(double x, double y, String anchor, String cls, String text) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" class=\"").append(cls).append("\">").append(esc(text)).append("</text>");
        return this;
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
