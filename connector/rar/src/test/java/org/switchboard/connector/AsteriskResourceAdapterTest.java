package org.switchboard.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Timer;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.XATerminator;
import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.HintsContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkContextProvider;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;
import org.switchboard.connector.api.CallEvent;
import org.switchboard.connector.api.CallEventType;
import org.switchboard.connector.api.PbxConnection;
import org.switchboard.connector.api.PbxConnectionFactory;
import org.switchboard.connector.api.PbxException;
import org.switchboard.connector.outbound.PbxManagedConnectionFactory;
import org.switchboard.connector.publish.EventSink;
import org.switchboard.connector.testsupport.FakeAmiServer;

/** start/stop of the adapter with a thread-per-work WorkManager, a fake PBX and an in-memory sink. */
class AsteriskResourceAdapterTest {

    private final List<CallEvent> published = new CopyOnWriteArrayList<>();
    private final List<Work> scheduled = new CopyOnWriteArrayList<>();

    private final WorkManager workManager = new WorkManager() {
        @Override
        public void doWork(Work work) {
            work.run();
        }

        @Override
        public void doWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener) {
            work.run();
        }

        @Override
        public long startWork(Work work) {
            scheduleWork(work);
            return 0;
        }

        @Override
        public long startWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener) {
            scheduleWork(work);
            return 0;
        }

        @Override
        public void scheduleWork(Work work) {
            scheduled.add(work);
            Thread t = new Thread(work, "test-work-" + work);
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void scheduleWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener) {
            scheduleWork(work);
        }
    };

    private final BootstrapContext bootstrap = new BootstrapContext() {
        @Override
        public WorkManager getWorkManager() {
            return workManager;
        }

        @Override
        public XATerminator getXATerminator() {
            return null;
        }

        @Override
        public Timer createTimer() {
            return new Timer(true);
        }

        @Override
        public boolean isContextSupported(Class<? extends WorkContext> type) {
            return HintsContext.class.equals(type);
        }

        @Override
        public TransactionSynchronizationRegistry getTransactionSynchronizationRegistry() {
            return null;
        }
    };

    private AsteriskResourceAdapter adapter(int port) {
        AsteriskResourceAdapter ra = new AsteriskResourceAdapter();
        ra.setPbxId("pbx7");
        ra.setHost("127.0.0.1");
        ra.setPort(port);
        ra.setUsername("cti");
        ra.setSecret("cti-secret");
        ra.setReconnectMinMillis(50);
        ra.setReconnectMaxMillis(200);
        ra.setSinkFactory((cf, topic) -> new EventSink() {
            @Override
            public void send(CallEvent event) {
                published.add(event);
            }

            @Override
            public void close() {
            }
        });
        return ra;
    }

    private void await(CallEventType type, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (published.stream().filter(e -> e.type() == type).count() < count) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no " + type + ": " + published.stream().map(CallEvent::type).toList());
            }
            Thread.sleep(10);
        }
    }

    @Test
    void startPublishesServesActionsAndStopsCleanly() throws Exception {
        try (FakeAmiServer server = new FakeAmiServer("cti", "cti-secret")) {
            server.on("Hangup", h -> "Response: Success\r\nMessage: Channel Hungup");
            AsteriskResourceAdapter ra = adapter(server.port());
            ra.start(bootstrap);
            await(CallEventType.SNAPSHOT_COMPLETE, 1);
            assertEquals(3, scheduled.size()); // AMI session, event publisher, screen-pop offer lane
            for (Work work : scheduled) {
                WorkContextProvider provider = (WorkContextProvider) work;
                HintsContext hints = (HintsContext) provider.getWorkContexts().get(0);
                assertEquals(Boolean.TRUE, hints.getHints().get(HintsContext.LONGRUNNING_HINT));
            }
            assertEquals("pbx7", published.get(0).pbxId());
            assertTrue(ra.statistics().connected());
            // the counters as an MBean, for JMX clients and the operations page
            javax.management.MBeanServer jmx = java.lang.management.ManagementFactory.getPlatformMBeanServer();
            javax.management.ObjectName name = ConnectorMonitor.name("pbx7");
            assertEquals(Boolean.TRUE, jmx.getAttribute(name, "Connected"));
            assertEquals(AsteriskResourceAdapter.bufferBytes(0L, Runtime.getRuntime().maxMemory()),
                    jmx.getAttribute(name, "CapacityBytes"));
            assertEquals(0L, jmx.getAttribute(name, "Refused"));
            assertTrue((Long) jmx.getAttribute(name, "PeakBytes") > 0);

            PbxManagedConnectionFactory mcf = new PbxManagedConnectionFactory();
            mcf.setResourceAdapter(ra);
            try (PbxConnection pbx = ((PbxConnectionFactory) mcf.createConnectionFactory()).getConnection()) {
                assertEquals("pbx7", pbx.pbxId());
                pbx.hangup("Local/1001@agents-0000006e;1");
            }

            ra.stop();
            await(CallEventType.PBX_DISCONNECTED, 1);
            assertFalse(jmx.isRegistered(name), "the MBean goes with the activation");
            ConnectorStatistics stats = ra.statistics();
            assertEquals(stats.accepted(), stats.published());
            assertEquals(0, stats.refused());

            try (PbxConnection pbx = ((PbxConnectionFactory) mcf.createConnectionFactory()).getConnection()) {
                PbxException e = assertThrows(PbxException.class, () -> pbx.hangup("Local/x"));
                assertTrue(e.isUnreachable());
            }
        }
    }

    @Test
    void missingUsernameIsAConfigurationError() {
        AsteriskResourceAdapter ra = adapter(5038);
        ra.setUsername(null);
        assertThrows(ResourceAdapterInternalException.class, () -> ra.start(bootstrap));
    }

    @Test
    void theBufferBoundIsTheConfiguredBytesElse64MibButAtMostASixteenthOfTheHeap() {
        long mib = 1024 * 1024;
        assertEquals(5 * mib, AsteriskResourceAdapter.bufferBytes(5 * mib, 4096 * mib));
        assertEquals(64 * mib, AsteriskResourceAdapter.bufferBytes(0L, 4096 * mib));
        assertEquals(64 * mib, AsteriskResourceAdapter.bufferBytes(null, 4096 * mib));
        assertEquals(32 * mib, AsteriskResourceAdapter.bufferBytes(0L, 512 * mib));
        assertEquals(64 * mib, AsteriskResourceAdapter.bufferBytes(-1L, Long.MAX_VALUE));
    }

    @Test
    void eventsDroppedWhileJmsIsDownMakeTheSessionResyncOncePublishingWorksAgain() throws Exception {
        try (FakeAmiServer server = new FakeAmiServer("cti", "cti-secret")) {
            AsteriskResourceAdapter ra = adapter(server.port());
            java.util.concurrent.atomic.AtomicBoolean jmsDown = new java.util.concurrent.atomic.AtomicBoolean();
            ra.setSinkFactory((cf, topic) -> new EventSink() {
                @Override
                public void send(CallEvent event) {
                    if (jmsDown.get()) {
                        throw new IllegalStateException("broker down");
                    }
                    published.add(event);
                }

                @Override
                public void close() {
                }
            });
            ra.setBufferMaxBytes(8_000L); // a dozen events
            ra.start(bootstrap);
            await(CallEventType.SNAPSHOT_COMPLETE, 1);
            assertTrue(server.awaitLogins(1, 1000));

            jmsDown.set(true);
            for (int i = 0; i < 100; i++) { // hang-ups the consumers will never see
                server.send("Event: Hangup\r\nPrivilege: call,all\r\nChannel: PJSIP/1001-" + i + "\r\nUniqueid: 17953840"
                        + i + ".1\r\nLinkedid: 17953840" + i + ".1\r\nCause: 16\r\nCause-txt: Normal Clearing");
            }
            long deadline = System.currentTimeMillis() + 5000;
            while (ra.statistics().refused() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            ConnectorStatistics full = ra.statistics();
            assertTrue(full.refused() > 0, "the buffer refused: " + full);
            assertTrue(full.bufferedBytes() <= 8_000, full.toString());
            assertEquals(0, full.resyncsRequested(), "no resync while JMS is still down");

            jmsDown.set(false);
            await(CallEventType.SNAPSHOT_COMPLETE, 2); // the PBX state read again
            assertTrue(server.awaitLogins(2, 5000), "the session logged in again to resync");
            ConnectorStatistics after = ra.statistics();
            assertEquals(1, after.resyncsRequested(), after.toString());
            assertEquals(2, published.stream().filter(e -> e.type() == CallEventType.PBX_CONNECTED).count());
            ra.stop();
        }
    }
}
