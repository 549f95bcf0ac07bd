package org.syndicast.distribution.shell.impl;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.syndicast.distribution.api.Distributor;
import org.syndicast.distribution.api.xml.ElementListXml;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.MediaPackageElement;

/** {@code syndicast:job}: one job, with its timings, failure and published URLs. */
@Service
@Command(scope = "syndicast", name = "job", description = "Shows one job")
public class JobCommand implements Action {

    @Reference
    Distributor distributor;

    @Argument(index = 0, name = "id", description = "Job id", required = true)
    long id;

    @Option(name = "-o", aliases = "--organization", description = "Organization (tenant)")
    String organization = "default";

    @Override
    public Object execute() {
        Job j = distributor.job(organization, id).orElse(null);
        if (j == null) {
            System.err.println("No job " + id + " in organization " + organization);
            return null;
        }
        line("Id", j.id());
        line("Status", j.status());
        line("Type", j.type());
        line("Operation", j.operation());
        line("Target", j.target());
        line("Creator", j.creator());
        line("Publication channel", j.args().isEmpty() ? "" : j.args().get(0));
        line("Created", j.dateCreated());
        line("Started", j.dateStarted());
        line("Completed", j.dateCompleted());
        line("Queue time (ms)", j.queueTime());
        line("Run time (ms)", j.runTime());
        line("Attempts", j.attempts());
        line("Processing host", j.processingHost());
        line("Failure", j.failure());
        if (j.payload() != null && !j.payload().isEmpty()) {
            for (MediaPackageElement e : ElementListXml.parse(j.payload())) {
                line("Published " + e.id(), e.url());
            }
        }
        return null;
    }

    private static void line(String name, Object value) {
        System.out.printf("%-22s %s%n", name, value == null ? "" : value);
    }
}
