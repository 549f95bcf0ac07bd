package org.syndicast.channel.ftp.impl;

/** One configuration in use: its settings and the pool of sessions opened with them. */
record Target(ChannelSettings settings, SessionPool pool) implements AutoCloseable {

    static Target of(ChannelSettings settings) {
        Connector connector = settings.protocol() == Protocol.SFTP ? new SftpConnector(settings)
                : new FtpConnector(settings);
        return new Target(settings, new SessionPool(connector, settings.poolMaxIdle(), settings.poolIdleTimeout()));
    }

    @Override
    public void close() {
        pool.close();
    }
}
