package org.syndicast.kaltura.distribution.profile;

/**
 * {@code KalturaFilterPager}: {@code pageIndex} from 1, {@code pageSize} 1 to 500. A size below 1 is the default
 * 30, above 500 is 500; an index below 1 is 1 (Kaltura's own reading).
 */
public record Pager(int pageSize, int pageIndex) {
    public static final int DEFAULT_SIZE = 30;
    public static final int MAX_SIZE = 500;
    /** The first page of 30. */
    public static final Pager DEFAULT = new Pager(DEFAULT_SIZE, 1);

    public Pager {
        pageSize = pageSize < 1 ? DEFAULT_SIZE : Math.min(pageSize, MAX_SIZE);
        pageIndex = Math.max(1, pageIndex);
    }

    /** The number of items before the page. */
    public long offset() {
        return (long) (pageIndex - 1) * pageSize;
    }
}
