package org.veedor.reporting.domain;

/**
 * Whether a month's count departs from its own history (DOMAIN.md, change detection), by Poisson
 * exceedance: the expected count is the mean of the twelve months before; the month is flagged when
 * a count at least as high would happen with probability below {@link #ALPHA} under a Poisson law
 * with that mean, and the count is at least {@link #MIN_COUNT} (so that one or two complaints in a
 * quiet unit never raise a flag).
 */
public final class ChangeDetection {

  /** Months of history the expected count is taken from. */
  public static final int HISTORY_MONTHS = 12;

  /** The tail probability below which a month is flagged. */
  public static final double ALPHA = 0.01;

  /** The least count that can be flagged. */
  public static final long MIN_COUNT = 3;

  /** The test's outcome. */
  public record Result(double expected, double pValue, boolean flagged) {}

  private ChangeDetection() {}

  public static Result test(long[] history, long observed) {
    double sum = 0;
    for (long h : history) {
      if (h < 0) {
        throw new IllegalArgumentException("counts are never negative");
      }
      sum += h;
    }
    double expected = history.length == 0 ? 0 : sum / history.length;
    double p = upperTail(expected, observed);
    return new Result(expected, p, observed >= MIN_COUNT && p < ALPHA);
  }

  /** P(X ≥ k) for X Poisson with mean λ, summed in log space so large counts do not overflow. */
  static double upperTail(double lambda, long k) {
    if (k <= 0) {
      return 1.0;
    }
    if (lambda <= 0) {
      return 0.0;
    }
    // P(X >= k) = 1 - sum_{i<k} e^-λ λ^i / i!
    double term = Math.exp(-lambda);
    double below = 0;
    double logTerm = -lambda;
    for (long i = 0; i < k; i++) {
      if (i > 0) {
        logTerm += Math.log(lambda) - Math.log(i);
      }
      term = Math.exp(logTerm);
      below += term;
    }
    return Math.max(0.0, 1.0 - below);
  }
}
