package org.universo.platformo.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.universo.platformo.persistence.Database;

class DatabaseConnectorTest {
    @TempDir
    Path dir;

    @Test
    void publishesTheDatabaseOnceItAnswersAndWithdrawsItOnDeactivation() throws Exception {
        AtomicInteger failuresLeft = new AtomicInteger(2);
        DataSource flaky = new Flaky(TestDatabases.h2(dir), failuresLeft);
        BlockingQueue<Object> registered = new LinkedBlockingQueue<>();
        AtomicInteger unregistered = new AtomicInteger();
        ServiceRegistration<?> reg = (ServiceRegistration<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServiceRegistration.class}, (p, m, a) -> {
                    if (m.getName().equals("unregister")) {
                        unregistered.incrementAndGet();
                    }
                    return null;
                });
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> {
                    if (m.getName().equals("registerService")) {
                        registered.add(a[1]);
                        return reg;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });

        DatabaseConnector connector = new DatabaseConnector(context, flaky);
        assertNull(registered.poll(500, TimeUnit.MILLISECONDS), "not published while the database is down");
        Object db = registered.poll(10, TimeUnit.SECONDS); // retries after 1 s, then 2 s
        assertNotNull(db, "published once the database answers");
        assertEquals("h2", ((Database) db).dialect().id());
        assertEquals(0, failuresLeft.get());
        connector.deactivate();
        assertEquals(1, unregistered.get());
    }

    /** Refuses connections a given number of times, then behaves. */
    private record Flaky(DataSource target, AtomicInteger failuresLeft) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new SQLException("Connection refused");
            }
            return target.getConnection();
        }

        @Override
        public Connection getConnection(String u, String p) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) {
            return null;
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
