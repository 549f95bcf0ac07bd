package org.syndicast.distribution.shell.impl;

import java.util.Locale;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.syndicast.distribution.api.Distributor;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobQuery;
import org.syndicast.distribution.api.JobStatus;

/** {@code syndicast:jobs}: jobs of one organization, filtered by channel and status, oldest first. */
@Service
@Command(scope = "syndicast", name = "jobs", description = "Lists jobs, oldest first")
public class JobsCommand implements Action {

    @Reference
    Distributor distributor;

    @Option(name = "-o", aliases = "--organization", description = "Organization (tenant)")
    String organization = "default";

    @Option(name = "-c", aliases = "--channel", description = "Only jobs of this channel, e.g. download")
    String channel;

    @Option(name = "-s", aliases = "--status", description = "Only jobs in this status, e.g. FAILED")
    String status;

    @Option(name = "--offset", description = "First row, from 0")
    int offset;

    @Option(name = "-n", aliases = "--limit", description = "Most rows")
    int limit = 50;

    @Override
    public Object execute() {
        Optional<JobStatus> wanted = status == null ? Optional.empty()
                : Optional.of(JobStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)));
        JobQuery query = new JobQuery(organization, Optional.ofNullable(channel).map(Job::typeOf), wanted, offset, limit);
        ShellTable table = new ShellTable();
        for (String c : new String[] { "Id", "Status", "Type", "Operation", "Creator", "Created", "Attempts", "Failure" }) {
            table.column(c);
        }
        for (Job j : distributor.jobs(query)) {
            table.addRow().addContent(j.id(), j.status(), j.type(), j.operation(), j.creator(), j.dateCreated(), j.attempts(),
                    j.failure() == null ? "" : j.failure());
        }
        table.print(System.out);
        System.out.println(distributor.count(query) + " job(s) match");
        return null;
    }
}
