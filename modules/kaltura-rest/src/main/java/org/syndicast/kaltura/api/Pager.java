package org.syndicast.kaltura.api;

import java.util.Optional;

/**
 * A {@code KalturaFilterPager}: {@code pageSize} (default {@value #DEFAULT_SIZE}; below 1 the default, above
 * {@value #MAX_SIZE} the maximum) and {@code pageIndex} (from 1; below 1 it is 1).
 */
public record Pager(int pageSize, int pageIndex) {
    public static final int DEFAULT_SIZE = 30;
    public static final int MAX_SIZE = 500;

    public Pager {
        pageSize = pageSize < 1 ? DEFAULT_SIZE : Math.min(pageSize, MAX_SIZE);
        pageIndex = Math.max(pageIndex, 1);
    }

    /** The pager given as the call's parameter {@code pager}, or the first page of 30. */
    public static Pager of(Params call) {
        return from(call.object("pager"));
    }

    /** The pager in {@code pager}, or the first page of 30. */
    public static Pager from(Optional<Params> pager) {
        return new Pager(pager.flatMap(p -> p.integer("pageSize")).orElse(DEFAULT_SIZE),
                pager.flatMap(p -> p.integer("pageIndex")).orElse(1));
    }

    /** How many matches come before this page. */
    public long offset() {
        return (long) (pageIndex - 1) * pageSize;
    }
}
