package vn.vanthu.numbering;

/** The state of one series: the last number it gave. */
public record RegisterEntry(RegisterSeries series, int lastNumber) {}
