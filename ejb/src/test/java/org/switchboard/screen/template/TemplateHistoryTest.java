package org.switchboard.screen.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TemplateHistoryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private static ScreenTemplate rows(int rows) {
        return new ScreenTemplate(ScreenTemplate.DEFAULT.panels(), Map.of("history.maxRows", "" + rows));
    }

    private static TemplateHistory savedTimes(TemplateHistory history, int times) {
        for (int i = 1; i <= times; i++) {
            history = history.save(rows(i), "alice", T0.plusSeconds(i));
        }
        return history;
    }

    @Test
    void eachSaveIsTheNextVersionAndTheNewestIsInUse() {
        TemplateHistory history = savedTimes(TemplateHistory.empty(), 3);
        assertEquals(List.of(1, 2, 3), history.versions().stream().map(TemplateVersion::number).toList());
        assertEquals(3, history.current().orElseThrow().template().historyMaxRows());
        assertEquals("alice", history.current().orElseThrow().author());
        assertNull(history.current().orElseThrow().revertedTo());
    }

    @Test
    void keepsOnlyTheLastVersionsAndKeepsCounting() {
        TemplateHistory history = savedTimes(TemplateHistory.empty(), 12);
        assertEquals(IntStream.rangeClosed(3, 12).boxed().toList(),
                history.versions().stream().map(TemplateVersion::number).toList());
        assertEquals(TemplateHistory.DEFAULT_KEEP, history.versions().size());
    }

    @Test
    void revertingAddsANewVersionEqualToTheOldOneAndRewritesNothing() {
        TemplateHistory before = savedTimes(TemplateHistory.empty(), 3);
        TemplateHistory after = before.revert(1, "bob", T0.plusSeconds(60));

        TemplateVersion reverted = after.current().orElseThrow();
        assertEquals(new TemplateVersion(4, rows(1), "bob", T0.plusSeconds(60), 1), reverted);
        assertEquals(before.versions(), after.versions().subList(0, 3));
        // A revert is a version like any other: it can be reverted in turn.
        assertEquals(3, after.revert(3, "bob", T0.plusSeconds(61)).current().orElseThrow().template()
                .historyMaxRows());
    }

    @Test
    void aVersionNoLongerKeptCannotBeRestored() {
        TemplateHistory history = savedTimes(new TemplateHistory(2, List.of()), 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> history.revert(1, "bob", T0));
        assertEquals("version 1 is not among the kept versions", e.getMessage());
    }

    @Test
    void keepsAtLeastOneVersion() {
        assertThrows(IllegalArgumentException.class, () -> new TemplateHistory(0, List.of()));
    }
}
