/**
 * Records and wrap-up: support cases ({@link org.switchboard.casework.SupportCase}, numbered by
 * {@link org.switchboard.casework.CaseNumber}), notes, and the wrap-up of a call
 * ({@link org.switchboard.casework.WrapUp}).
 *
 * <p>The entities are thin; every rule (case transitions, what a wrap-up may become and who may change it) lives
 * in plain methods that unit tests run without a container. The schema is {@code V4__cases_and_wrap_up.sql},
 * whose CHECK constraints repeat these rules so that a bug or a hand-made UPDATE cannot store what they forbid.
 */
package org.switchboard.casework;
