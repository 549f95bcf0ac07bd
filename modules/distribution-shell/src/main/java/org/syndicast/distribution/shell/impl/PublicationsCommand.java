package org.syndicast.distribution.shell.impl;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.syndicast.distribution.api.Distributor;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.PublishedElement;

/** {@code syndicast:publications}: where a media package is published now; {@code --retract} takes it all down. */
@Service
@Command(scope = "syndicast", name = "publications", description = "Shows where a media package is published")
public class PublicationsCommand implements Action {

    @Reference
    Distributor distributor;

    @Argument(index = 0, name = "mediapackage", description = "Media package (asset) id", required = true)
    String mediaPackageId;

    @Option(name = "-o", aliases = "--organization", description = "Organization (tenant)")
    String organization = "default";

    @Option(name = "--retract", description = "Queue the retraction of every publication shown")
    boolean retract;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        for (String c : new String[] { "Channel", "Publication channel", "Element", "URL", "Published" }) {
            table.column(c);
        }
        for (PublishedElement p : distributor.publications(organization, mediaPackageId)) {
            table.addRow().addContent(p.channel(), p.channelId(), p.element().id(), p.element().url(), p.published());
        }
        table.print(System.out);
        if (retract) {
            for (Job job : distributor.retractEverywhere(organization, "karaf-shell", mediaPackageId)) {
                System.out.println("Queued retraction job " + job.id() + " (" + job.type() + ")");
            }
        }
        return null;
    }
}
