package org.syndicast.channel.ftp.impl;

import java.nio.file.Path;

/** The channel contract over implicit FTPS (TLS from the first byte). */
class FtpsImplicitChannelTest extends FtpChannelTest {
    @Override
    Protocol protocol() {
        return Protocol.FTPS_IMPLICIT;
    }

    @Override
    Path keystore() throws Exception {
        return TestTls.keystore();
    }
}
