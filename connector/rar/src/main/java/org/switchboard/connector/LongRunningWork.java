package org.switchboard.connector;

import java.util.List;

import jakarta.resource.spi.work.HintsContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkContextProvider;

/**
 * A {@link Work} that runs for as long as the resource adapter runs. It carries the JCA long-running hint, so
 * the server's WorkManager gives it a thread of its long-running pool instead of blocking a short-running one.
 */
public abstract class LongRunningWork implements Work, WorkContextProvider {


    private final String name;

    protected LongRunningWork(String name) {
        this.name = name;
    }

    @Override
    public List<WorkContext> getWorkContexts() {
        HintsContext hints = new HintsContext();
        hints.setName(name);
        hints.setHint(HintsContext.LONGRUNNING_HINT, Boolean.TRUE);
        return List.of(hints);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
