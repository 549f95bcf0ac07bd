package org.syndicast.distribution.core.impl;

import java.util.List;

import org.syndicast.distribution.api.DistributionCommand;
import org.syndicast.distribution.api.xml.ElementIds;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.xml.MediaPackageXml;

/**
 * A command as a job's arguments, in Opencast's order: channelId, media package XML, element ids as a
 * JSON array, checkAvailability, preserveReference. The target is not an argument (Opencast readers would not
 * know it): it is a column of the job.
 */
final class JobArgs {
    static final String DISTRIBUTE = "Distribute";
    static final String RETRACT = "Retract";

    private JobArgs() {
    }

    static List<String> of(DistributionCommand c) {
        return List.of(c.channelId(), c.mediaPackage().xml(), ElementIds.toJson(c.elementIds()),
                Boolean.toString(c.checkAvailability()), Boolean.toString(c.preserveReference()));
    }

    static DistributionCommand command(Job job, String channel) {
        List<String> a = job.args();
        if (a.size() < 3) {
            throw new IllegalStateException("job " + job.id() + " has " + a.size() + " arguments");
        }
        return new DistributionCommand(channel, job.organization(), job.creator(), a.get(0), MediaPackageXml.parse(a.get(1)),
                ElementIds.parse(a.get(2)), a.size() > 3 && Boolean.parseBoolean(a.get(3)),
                a.size() > 4 && Boolean.parseBoolean(a.get(4)), job.target());
    }
}
