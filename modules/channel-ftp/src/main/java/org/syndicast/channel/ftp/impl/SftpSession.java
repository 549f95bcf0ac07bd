package org.syndicast.channel.ftp.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link RemoteSession} over SFTP with Apache MINA SSHD. */
final class SftpSession implements RemoteSession {
    /** SFTP write size: most servers take up to 256 KiB per request; fewer, larger requests go faster. */
    static final int WRITE_BYTES = 255 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(SftpSession.class);

    private final ClientSession session;
    private final SftpClient sftp;
    private final String home;
    private boolean broken;

    SftpSession(ClientSession session, SftpClient sftp, String home) {
        this.session = session;
        this.sftp = sftp;
        this.home = home;
    }

    @Override
    public String home() {
        return home;
    }

    @Override
    public boolean makeDirectory(String path) throws IOException {
        try {
            sftp.mkdir(path);
            return true;
        } catch (SftpException e) {
            return false; // exists already, or refused: the caller looks
        }
    }

    @Override
    public boolean isDirectory(String path) throws IOException {
        try {
            return sftp.stat(path).isDirectory();
        } catch (SftpException e) {
            if (missing(e)) {
                return false;
            }
            throw refusal("stat " + path, e);
        }
    }

    @Override
    public long upload(InputStream in, String path) throws IOException {
        OutputStream out;
        try {
            out = sftp.write(path, WRITE_BYTES, SftpClient.OpenMode.Write, SftpClient.OpenMode.Create,
                    SftpClient.OpenMode.Truncate);
        } catch (SftpException e) {
            throw refusal("open " + path, e);
        }
        try (out) {
            return Streams.copy(in, out);
        } catch (SftpException e) {
            throw refusal("write " + path, e);
        } catch (IOException e) {
            broken = true;
            throw e;
        }
    }

    @Override
    public OptionalLong size(String path) throws IOException {
        try {
            SftpClient.Attributes attributes = sftp.stat(path);
            return attributes.isRegularFile() ? OptionalLong.of(attributes.getSize()) : OptionalLong.empty();
        } catch (SftpException e) {
            if (missing(e)) {
                return OptionalLong.empty();
            }
            throw refusal("stat " + path, e);
        }
    }

    @Override
    public void rename(String from, String to) throws IOException {
        OpenSSHPosixRenameExtension posix = sftp.getExtension(OpenSSHPosixRenameExtension.class);
        try {
            if (posix != null && posix.isSupported()) {
                posix.posixRename(from, to); // atomic replace, as rename(2)
                return;
            }
            if (size(to).isPresent()) {
                sftp.remove(to); // SFTP v3 rename never replaces
            }
            sftp.rename(from, to);
        } catch (SftpException e) {
            throw refusal("rename " + from + " " + to, e);
        }
    }

    @Override
    public boolean delete(String path) throws IOException {
        try {
            sftp.remove(path);
            return true;
        } catch (SftpException e) {
            if (missing(e)) {
                return false;
            }
            throw refusal("remove " + path, e);
        }
    }

    @Override
    public List<Entry> list(String directory) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try {
            for (SftpClient.DirEntry entry : sftp.readDir(directory)) {
                String name = entry.getFilename();
                if (!name.equals(".") && !name.equals("..")) {
                    entries.add(new Entry(name, entry.getAttributes().isDirectory()));
                }
            }
        } catch (SftpException e) {
            if (missing(e)) {
                return List.of();
            }
            throw refusal("readdir " + directory, e);
        } catch (UncheckedIOException e) {
            // the listing is read lazily: a failure surfaces while iterating
            if (e.getCause() instanceof SftpException s && missing(s)) {
                return List.of();
            }
            throw e.getCause() instanceof SftpException s ? refusal("readdir " + directory, s) : e.getCause();
        }
        return entries;
    }

    @Override
    public boolean removeDirectory(String path) throws IOException {
        try {
            sftp.rmdir(path);
            return true;
        } catch (SftpException e) {
            return false;
        }
    }

    @Override
    public boolean isAlive() {
        if (broken || !session.isOpen() || !sftp.isOpen()) {
            return false;
        }
        try {
            sftp.stat(home);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            sftp.close();
        } catch (IOException e) {
            LOG.debug("SFTP close failed: {}", e.toString());
        }
        session.close(true);
    }

    private static boolean missing(SftpException e) {
        return e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE || e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_PATH;
    }

    private static RemoteFailure refusal(String what, SftpException e) {
        int status = e.getStatus();
        boolean permanent = status == SftpConstants.SSH_FX_PERMISSION_DENIED || status == SftpConstants.SSH_FX_WRITE_PROTECT
                || status == SftpConstants.SSH_FX_INVALID_FILENAME || status == SftpConstants.SSH_FX_OP_UNSUPPORTED
                || status == SftpConstants.SSH_FX_NOT_A_DIRECTORY || status == SftpConstants.SSH_FX_FILE_IS_A_DIRECTORY;
        return new RemoteFailure(RemoteFailure.Kind.REFUSED, what + " refused: " + SftpConstants.getStatusName(status)
                + " " + Streams.oneLine(e.getMessage()), permanent, e);
    }
}
