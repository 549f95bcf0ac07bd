package org.syndicast.system.health.impl;

import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code syndicast:health}: every health check with its status and messages (which /system/health leaves out). */
@Service
@Command(scope = "syndicast", name = "health", description = "Runs the server's health checks and shows their results")
public class HealthCommand implements Action {

    @Reference
    HealthCheckExecutor executor;

    @Override
    public Object execute() {
        HealthReport report = HealthReport.run(executor);
        ShellTable table = new ShellTable();
        table.column("Check");
        table.column("Status");
        table.column("ms");
        table.column("Messages");
        for (HealthReport.Check c : report.checks()) {
            table.addRow().addContent(c.name(), c.status(), c.millis(), String.join("; ", c.messages()));
        }
        table.print(System.out);
        System.out.println("Overall: " + report.status() + (report.serving() ? " (serving)" : " (GET /system/health answers 503)"));
        return null;
    }
}
