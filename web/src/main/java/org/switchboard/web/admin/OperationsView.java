package org.switchboard.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.switchboard.operations.ConnectorSummary;
import org.switchboard.operations.DeadLetterSummary;
import org.switchboard.operations.OperationsNotVisibleException;
import org.switchboard.operations.OperationsService;

/**
 * The operations page: dead letters waiting to be re-driven and the PBX connectors' buffers, read fresh on
 * every request (the page's refresh is a reload). Shown only to administrators of the default tenant.
 */
@Named("operationsView")
@RequestScoped
public class OperationsView {

    @EJB
    private OperationsService operations;

    private boolean visible;
    private DeadLetterSummary deadLetters = DeadLetterSummary.EMPTY;
    private String deadLetterProblem;
    private List<ConnectorSummary> connectors = List.of();

    @PostConstruct
    void load() {
        try {
            connectors = operations.connectors();
            visible = true;
        } catch (OperationsNotVisibleException e) {
            visible = false;
            return;
        }
        try {
            deadLetters = operations.deadLetters();
        } catch (IllegalStateException e) {
            deadLetterProblem = e.getMessage();
        }
    }

    public boolean isVisible() {
        return visible;
    }

    public DeadLetterSummary getDeadLetters() {
        return deadLetters;
    }

    public String getDeadLetterProblem() {
        return deadLetterProblem;
    }

    public List<ConnectorSummary> getConnectors() {
        return connectors;
    }

    /** Bytes as KiB/MiB for people. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KiB", bytes / 1024.0);
        }
        return String.format("%.1f MiB", bytes / (1024.0 * 1024));
    }
}
