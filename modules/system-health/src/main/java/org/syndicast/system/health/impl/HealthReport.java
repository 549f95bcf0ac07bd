package org.syndicast.system.health.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;
import org.apache.felix.hc.api.execution.HealthCheckExecutionOptions;
import org.apache.felix.hc.api.execution.HealthCheckExecutionResult;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.apache.felix.hc.api.execution.HealthCheckSelector;

/**
 * One run of every check tagged {@code syndicast} through Felix's executor (its timeout and result cache apply),
 * as a value: the worst status and each check's status and messages.
 */
record HealthReport(Result.Status status, List<Check> checks) {

    /** One check's outcome; {@code messages} may name paths and database errors: operators only. */
    record Check(String name, Result.Status status, long millis, List<String> messages) {
    }

    static HealthReport run(HealthCheckExecutor executor) {
        HealthCheckExecutionOptions options = new HealthCheckExecutionOptions();
        options.setCombineTagsWithOr(true);
        List<Check> checks = new ArrayList<>();
        Result.Status worst = Result.Status.OK;
        for (HealthCheckExecutionResult r : executor.execute(HealthCheckSelector.tags(HealthChecks.TAG), options)) {
            Result result = r.getHealthCheckResult();
            List<String> messages = new ArrayList<>();
            for (ResultLog.Entry e : result) {
                if (!e.isDebug()) {
                    messages.add(e.getStatus() + " " + e.getMessage());
                }
            }
            checks.add(new Check(r.getHealthCheckMetadata().getName(), result.getStatus(), r.getElapsedTimeInMs(), messages));
            if (result.getStatus().ordinal() > worst.ordinal()) {
                worst = result.getStatus();
            }
        }
        if (checks.isEmpty()) {
            worst = Result.Status.TEMPORARILY_UNAVAILABLE; // starting or stopping: no check registered yet
        }
        return new HealthReport(worst, List.copyOf(checks));
    }

    /** Whether a load balancer should send this node traffic: OK or WARN. */
    boolean serving() {
        return status == Result.Status.OK || status == Result.Status.WARN;
    }

    /** The public answer: statuses only, no messages (they may name paths, hosts and database errors). */
    Map<String, Object> publicView() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status.name());
        List<Object> list = new ArrayList<>();
        for (Check c : checks) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("status", c.status().name());
            list.add(m);
        }
        out.put("checks", list);
        return out;
    }
}
