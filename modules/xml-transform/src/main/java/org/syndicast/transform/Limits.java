package org.syndicast.transform;

import java.time.Duration;

/**
 * Bounds of one run: the wall-clock {@code time} it may take and the most {@code outputBytes} it may produce.
 * (The largest input accepted is the service's configured output limit.) A run beyond either is stopped with {@link
 * TransformException.Kind#TIME_LIMIT} or {@link TransformException.Kind#OUTPUT_LIMIT}; no more than {@code
 * outputBytes} of output is ever held. The service's configured limits are the defaults; a caller may only
 * ask for tighter ones (larger values are lowered to the configured ones).
 */
public record Limits(Duration time, long outputBytes) {
    public Limits {
        if (time == null || time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("time limit must be positive");
        }
        if (outputBytes < 1) {
            throw new IllegalArgumentException("output limit must be positive");
        }
    }

    /** These limits, each lowered to {@code ceiling}'s where it is larger. */
    public Limits within(Limits ceiling) {
        return new Limits(time.compareTo(ceiling.time) > 0 ? ceiling.time : time,
                Math.min(outputBytes, ceiling.outputBytes));
    }
}
