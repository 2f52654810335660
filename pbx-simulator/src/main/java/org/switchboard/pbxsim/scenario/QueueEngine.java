package org.switchboard.pbxsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.switchboard.pbxsim.pbx.MemberState;
import org.switchboard.pbxsim.pbx.Pbx;
import org.switchboard.pbxsim.pbx.QueueState;

/** Call registry and app_queue's distribution: offers waiting callers to free members (rrmemory/leastrecent). */
public final class QueueEngine {
    private final Pbx pbx;
    private volatile Timing defaults;
    private final List<SimCall> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> autoAnswer = new ConcurrentHashMap<>();
    private final String companyDid;
    private final ConfBridge confBridge;
    private volatile Consumer<SimCall> endListener = c -> { };

    public QueueEngine(Pbx pbx, Timing defaults, String companyDid) {
        this.pbx = pbx;
        this.defaults = defaults;
        this.companyDid = companyDid;
        this.confBridge = new ConfBridge(pbx);
        pbx.setDistributor(this::distribute);
    }

    public Pbx pbx() {
        return pbx;
    }

    /** The ConfBridge application's conferences (nailed-up agents). PBX thread only. */
    public ConfBridge confBridge() {
        return confBridge;
    }

    public Timing defaults() {
        return defaults;
    }

    public void setDefaults(Timing t) {
        this.defaults = t;
    }

    public String companyDid() {
        return companyDid;
    }

    /** Per-agent override (by extension or interface) of whether the handset answers. */
    public void setAutoAnswer(String extOrInterface, boolean answer) {
        autoAnswer.put(Handset.extOf(extOrInterface), answer);
    }

    boolean answers(String iface, Timing t) {
        return autoAnswer.getOrDefault(Handset.extOf(iface), t.autoAnswer());
    }

    public void onCallEnded(Consumer<SimCall> listener) {
        this.endListener = listener;
    }

    void register(SimCall c) {
        calls.add(c);
    }

    void ended(SimCall c) {
        calls.remove(c);
        pbx.processedCalls++;
        endListener.accept(c);
    }

    public List<SimCall> calls() {
        return List.copyOf(calls);
    }

    /** Forget all calls and conferences (restart): no events, the channels just vanish as with a crashed Asterisk. */
    public void clear() {
        calls.forEach(SimCall::abortSilently);
        calls.clear();
        confBridge.clear();
    }

    private void distribute() {
        for (QueueState q : pbx.queues.values()) {
            for (QueueState.Waiting w : new ArrayList<>(q.waiting)) {
                QueueCall call = (QueueCall) w;
                if (!call.readyForOffer()) {
                    continue;
                }
                MemberState m = pick(q);
                if (m == null) {
                    break;
                }
                call.offer(m);
            }
        }
    }

    private MemberState pick(QueueState q) {
        List<MemberState> members = new ArrayList<>(q.members.values());
        if (members.isEmpty()) {
            return null;
        }
        if ("leastrecent".equals(q.strategy)) {
            MemberState best = null;
            for (MemberState m : members) {
                if (pbx.available(m) && (best == null || m.lastCall < best.lastCall)) {
                    best = m;
                }
            }
            return best;
        }
        // rrmemory: start after the member offered last
        int start = 0;
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).iface.equals(q.lastOffered)) {
                start = i + 1;
                break;
            }
        }
        for (int k = 0; k < members.size(); k++) {
            MemberState m = members.get((start + k) % members.size());
            if (pbx.available(m)) {
                return m;
            }
        }
        return null;
    }
}
