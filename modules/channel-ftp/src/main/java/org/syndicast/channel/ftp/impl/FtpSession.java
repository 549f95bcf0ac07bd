package org.syndicast.channel.ftp.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link RemoteSession} over FTP or FTPS with Apache commons-net; binary type is set by the connector. */
final class FtpSession implements RemoteSession {
    private static final Logger LOG = LoggerFactory.getLogger(FtpSession.class);

    private final FTPClient ftp;
    private final String home;
    private final boolean mlsd;
    /** A transfer broke off: the control connection may be out of step, so this session is not reused. */
    private boolean broken;

    FtpSession(FTPClient ftp, String home, boolean mlsd) {
        this.ftp = ftp;
        this.home = home;
        this.mlsd = mlsd;
    }

    @Override
    public String home() {
        return home;
    }

    @Override
    public boolean makeDirectory(String path) throws IOException {
        return ftp.makeDirectory(path);
    }

    @Override
    public boolean isDirectory(String path) throws IOException {
        // CWD is the one directory test every server has (MLST is not everywhere); the session lives at home
        if (!ftp.changeWorkingDirectory(path)) {
            return false;
        }
        if (!ftp.changeWorkingDirectory(home)) {
            throw refusal("CWD " + home);
        }
        return true;
    }

    @Override
    public long upload(InputStream in, String path) throws IOException {
        OutputStream out = ftp.storeFileStream(path);
        if (out == null) {
            throw refusal("STOR " + path);
        }
        long sent;
        try {
            sent = Streams.copy(in, out);
            out.close();
        } catch (IOException e) {
            broken = true;
            try {
                out.close();
            } catch (IOException ignored) {
                // the data connection is already gone
            }
            throw e;
        }
        if (!ftp.completePendingCommand()) {
            throw refusal("STOR " + path);
        }
        return sent;
    }

    @Override
    public boolean sendsFilesDirectly() {
        return ftp instanceof ZeroCopyFtpClient;
    }

    @Override
    public long uploadFile(Path file, String path) throws IOException {
        Socket data = ((ZeroCopyFtpClient) ftp).openStore(path);
        if (data == null) {
            throw refusal("STOR " + path);
        }
        long sent = 0;
        try (data; FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            SocketChannel out = data.getChannel();
            if (out == null) {
                // active mode: the server connected to a plain server socket, which has no channel
                try (InputStream stream = java.nio.channels.Channels.newInputStream(in)) {
                    return finishStore(path, Streams.copy(stream, data.getOutputStream()), data);
                }
            }
            long size = in.size();
            while (sent < size) {
                long n = in.transferTo(sent, size - sent, out);
                if (n <= 0 && in.size() <= sent) {
                    break; // the file shrank under us: the size check will say so
                }
                sent += n;
            }
        } catch (IOException e) {
            broken = true;
            throw e;
        }
        return finishStore(path, sent, null);
    }

    /** Closes the data connection (when still open) and reads the server's verdict on the transfer. */
    private long finishStore(String path, long sent, Socket data) throws IOException {
        if (data != null) {
            data.close();
        }
        if (!ftp.completePendingCommand()) {
            throw refusal("STOR " + path);
        }
        return sent;
    }

    @Override
    public OptionalLong size(String path) throws IOException {
        String size = ftp.getSize(path);
        if (size != null) {
            try {
                return OptionalLong.of(Long.parseLong(size.trim()));
            } catch (NumberFormatException e) {
                throw new RemoteFailure(RemoteFailure.Kind.REFUSED, "SIZE " + path + " answered '" + size + "'", true);
            }
        }
        int code = ftp.getReplyCode();
        if (code == FTPReply.FILE_UNAVAILABLE || code == FTPReply.FILE_ACTION_NOT_TAKEN) {
            return OptionalLong.empty();
        }
        if (code >= 500 && code <= 504) {
            // no SIZE command: MLST says the size too
            FTPFile file = ftp.mlistFile(path);
            if (file != null) {
                return file.isFile() ? OptionalLong.of(file.getSize()) : OptionalLong.empty();
            }
            if (ftp.getReplyCode() == FTPReply.FILE_UNAVAILABLE) {
                return OptionalLong.empty();
            }
        }
        throw refusal("SIZE " + path);
    }

    @Override
    public void rename(String from, String to) throws IOException {
        if (ftp.rename(from, to)) {
            return;
        }
        RemoteFailure refused = refusal("RNFR/RNTO " + from + " " + to);
        // some servers will not rename onto an existing file: remove the old version first
        if (size(to).isPresent() && delete(to) && ftp.rename(from, to)) {
            return;
        }
        throw refused;
    }

    @Override
    public boolean delete(String path) throws IOException {
        if (ftp.deleteFile(path)) {
            return true;
        }
        RemoteFailure refused = refusal("DELE " + path);
        if (size(path).isEmpty() && !isDirectory(path)) {
            return false; // it was not there
        }
        throw refused;
    }

    @Override
    public List<Entry> list(String directory) throws IOException {
        FTPFile[] files = mlsd ? ftp.mlistDir(directory) : ftp.listFiles(directory);
        List<Entry> entries = new ArrayList<>();
        for (FTPFile file : files) {
            if (file == null || file.getName() == null) {
                continue;
            }
            // some servers answer with paths, not names
            String name = file.getName().substring(file.getName().lastIndexOf('/') + 1);
            if (!name.isEmpty() && !name.equals(".") && !name.equals("..")) {
                entries.add(new Entry(name, file.isDirectory()));
            }
        }
        return entries;
    }

    @Override
    public boolean removeDirectory(String path) throws IOException {
        return ftp.removeDirectory(path);
    }

    @Override
    public boolean isAlive() {
        try {
            return !broken && ftp.isConnected() && ftp.sendNoOp();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            if (ftp.isConnected() && !broken) {
                ftp.logout();
            }
        } catch (IOException e) {
            LOG.debug("FTP logout failed: {}", e.toString());
        } finally {
            try {
                ftp.disconnect();
            } catch (IOException e) {
                LOG.debug("FTP disconnect failed: {}", e.toString());
            }
        }
    }

    private RemoteFailure refusal(String command) {
        int code = ftp.getReplyCode();
        return new RemoteFailure(RemoteFailure.Kind.REFUSED, command + " refused: " + Streams.oneLine(ftp.getReplyString()),
                !FTPReply.isNegativeTransient(code));
    }
}
