package org.switchboard.it.dbswitch;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Test only, deployed beside the EAR by {@code DeadLettersIT}: makes the database fail for the call-record
 * consumer and brings it back. {@code POST ?down=true} renames {@code processed_event}, the table every
 * call-record transaction reads first, so each one fails at its first statement, as it would with the database
 * stopped; {@code down=false} renames it back. Logins and the API keep working (their tables are untouched),
 * which a stopped H2 inside the server would not allow: the test must be able to watch and re-drive.
 */
@WebServlet("/call-record-store")
public class CallRecordStoreSwitch extends HttpServlet {

    @Resource(lookup = "java:jboss/datasources/SwitchboardDS")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean down = Boolean.parseBoolean(request.getParameter("down"));
        String sql = down ? "ALTER TABLE processed_event RENAME TO processed_event_down"
                : "ALTER TABLE processed_event_down RENAME TO processed_event";
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            statement.execute(sql);
            response.setStatus(204);
        } catch (SQLException e) {
            response.sendError(409, e.getMessage());
        }
    }
}
