package org.syndicast.distribution.api;

/** The three kinds of media package element, named as their XML elements are. */
public enum ElementKind {
    TRACK("track", "media"),
    CATALOG("catalog", "metadata"),
    ATTACHMENT("attachment", "attachments");

    private final String tag;
    private final String container;

    ElementKind(String tag, String container) {
        this.tag = tag;
        this.container = container;
    }

    /** The XML element name of one element of this kind, e.g. {@code track}. */
    public String tag() {
        return tag;
    }

    /** The XML element that holds elements of this kind in a media package, e.g. {@code media}. */
    public String container() {
        return container;
    }

    /** The kind whose XML element name is {@code tag}, if any. */
    public static java.util.Optional<ElementKind> ofTag(String tag) {
        for (ElementKind k : values()) {
            if (k.tag.equals(tag)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
