package org.switchboard.pbxsim.pbx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One app_queue queue: members, waiting callers and the statistics QueueParams reports. */
public final class QueueState {
    public final String name;
    public final String strategy;
    public final Map<String, MemberState> members = new LinkedHashMap<>();
    /** Waiting callers in position order; element type is owned by the scenario layer. */
    public final List<Waiting> waiting = new ArrayList<>();
    public int completed;
    public int abandoned;
    public long totalHoldSecs;
    public long totalTalkSecs;
    /** rrmemory: interface of the member offered last, the next offer starts after it. */
    public String lastOffered;

    public QueueState(String name, String strategy) {
        this.name = name;
        this.strategy = strategy;
    }

    /** A caller waiting in a queue as seen by QueueStatus. */
    public interface Waiting {
        Channel channel();

        long joinedMillis();
    }

    public int holdtime() {
        return completed == 0 ? 0 : (int) (totalHoldSecs / completed);
    }

    public int talktime() {
        return completed == 0 ? 0 : (int) (totalTalkSecs / completed);
    }

    public String serviceLevelPerf() {
        int total = completed + abandoned;
        return total == 0 ? "0.0" : String.format(java.util.Locale.ROOT, "%.1f", 100.0 * completed / total);
    }
}
