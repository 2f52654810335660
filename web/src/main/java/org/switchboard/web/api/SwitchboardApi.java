package org.switchboard.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** REST API root: /switchboard/api. Authenticated with HTTP Basic against the same users as the console. */
@ApplicationPath("api")
public class SwitchboardApi extends Application {
}
