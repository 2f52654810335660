package org.switchboard.security;

/** A token just made: the only time the token itself is handed out. */
public record NewToken(TokenSummary summary, String token) {
}
