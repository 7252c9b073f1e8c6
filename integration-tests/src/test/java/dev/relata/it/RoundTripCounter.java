package dev.relata.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the statements executed through a data source: every {@code execute...} call on a
 * statement is one round trip to the database (a JDBC batch is one, however many rows it holds).
 * Lets tests check that work over many rows takes a bounded number of queries, not one per row.
 */
final class RoundTripCounter {
    private final AtomicLong roundTrips = new AtomicLong();

    /** The data source, counting the statements executed on its connections. */
    DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource);
    }

    long roundTrips() {
        return roundTrips.get();
    }

    private <T> T proxy(Class<T> type, T target) {
        Object proxy = Proxy.newProxyInstance(RoundTripCounter.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    if (method.getName().startsWith("execute")) {
                        roundTrips.incrementAndGet();
                    }
                    Object result;
                    try {
                        result = method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    Class<?> returned = method.getReturnType();
                    if (returned == Connection.class) {
                        return proxy(Connection.class, (Connection) result);
                    }
                    if (returned == PreparedStatement.class) {
                        return proxy(PreparedStatement.class, (PreparedStatement) result);
                    }
                    if (returned == Statement.class) {
                        return proxy(Statement.class, (Statement) result);
                    }
                    return result;
                });
        return type.cast(proxy);
    }
}
