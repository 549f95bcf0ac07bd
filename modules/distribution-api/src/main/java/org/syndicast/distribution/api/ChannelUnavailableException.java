package org.syndicast.distribution.api;

/** The channel asked for has no bundle installed now: answered with 404. */
public class ChannelUnavailableException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public ChannelUnavailableException(String channel) {
        super("CHANNEL_NOT_FOUND", "No distribution channel '" + channel + "' is installed", 404);
    }
}
