package org.syndicast.distribution.shell.impl;

import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.syndicast.distribution.api.Distributor;

/** {@code syndicast:channels}: the distribution channels whose bundles are present now. */
@Service
@Command(scope = "syndicast", name = "channels", description = "Lists the distribution channels present now")
public class ChannelsCommand implements Action {

    @Reference
    Distributor distributor;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Channel");
        table.column("Endpoint");
        for (String channel : new TreeSet<>(distributor.channels())) {
            table.addRow().addContent(channel, "/distribution/" + channel);
        }
        table.print(System.out);
        return null;
    }
}
