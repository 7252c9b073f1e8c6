package dev.relata.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Logs the SQL that Relata runs through the {@link System.Logger} named {@value #NAME}, which
 * routes to {@code java.util.logging}, or to SLF4J or Log4j through their {@code System.Logger}
 * bridges: each statement and the time it took at {@code DEBUG}, its bound values as well at
 * {@code TRACE}, and transaction boundaries ({@code COMMIT}, {@code ROLLBACK}) at {@code DEBUG}.
 * When {@code DEBUG} is off, connections are not wrapped at all.
 */
final class SqlLog {
    /** The logger's name. */
    static final String NAME = "dev.relata.sql";

    private static final System.Logger LOGGER = System.getLogger(NAME);

    /** The longest bound text value logged whole. */
    private static final int MAX_TEXT = 200;

    private SqlLog() {}

    /** The connection, logging what runs on it when {@code DEBUG} is on. */
    static Connection wrap(Connection connection) {
        if (!LOGGER.isLoggable(System.Logger.Level.DEBUG)) {
            return connection;
        }
        return proxy(Connection.class, new ConnectionLog(connection, LOGGER.isLoggable(System.Logger.Level.TRACE)));
    }

    /** Logs a transaction boundary, such as {@code COMMIT}, that took from {@code startNanos} until now. */
    static void boundary(String what, long startNanos) {
        if (LOGGER.isLoggable(System.Logger.Level.DEBUG)) {
            LOGGER.log(System.Logger.Level.DEBUG, what + " (" + millis(startNanos) + " ms)");
        }
    }

    /** Whether {@link #boundary} logs anything: callers skip reading the clock otherwise. */
    static boolean enabled() {
        return LOGGER.isLoggable(System.Logger.Level.DEBUG);
    }

    private static String millis(long startNanos) {
        long micros = (System.nanoTime() - startNanos) / 1_000;
        return micros / 1_000 + "." + String.format("%03d", micros % 1_000);
    }

    private static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(SqlLog.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** Wraps the statements a connection prepares. */
    private static final class ConnectionLog implements InvocationHandler {
        private final Connection target;
        private final boolean values;

        ConnectionLog(Connection target, boolean values) {
            this.target = target;
            this.values = values;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "Logged[" + target + "]";
                default:
                    break;
            }
            Object result = forward(target, method, args);
            if (result instanceof PreparedStatement statement && args != null && args.length > 0 && args[0] instanceof String sql) {
                // a PreparedStatement, or the CallableStatement of prepareCall
                return proxy(method.getReturnType(), new StatementLog(statement, sql, values));
            }
            if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                return proxy(Statement.class, new StatementLog(statement, null, values));
            }
            return result;
        }
    }

    /** Times a statement's executions and remembers its bound values. */
    private static final class StatementLog implements InvocationHandler {
        private final Statement target;
        private final String sql;
        private final boolean values;
        private final Map<Integer, String> bound = new TreeMap<>();
        private final List<String> batch = new ArrayList<>();
        private int batchSize;

        StatementLog(Statement target, String sql, boolean values) {
            this.target = target;
            this.sql = sql;
            this.values = values;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "Logged[" + target + "]";
                case "clearParameters":
                    bound.clear();
                    break;
                case "clearBatch":
                    batch.clear();
                    batchSize = 0;
                    break;
                case "addBatch":
                    batchSize++;
                    if (values) {
                        batch.add(args == null ? bound.toString() : String.valueOf(args[0]));
                    }
                    break;
                case "execute":
                case "executeQuery":
                case "executeUpdate":
                case "executeLargeUpdate":
                case "executeBatch":
                case "executeLargeBatch":
                    return execute(method, args);
                default:
                    if (values && name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                        bound.put(index, name.equals("setNull") ? "NULL" : describe(args[1]));
                    }
                    break;
            }
            return forward(target, method, args);
        }

        private Object execute(Method method, Object[] args) throws Throwable {
            boolean isBatch = method.getName().endsWith("Batch");
            String text = args != null && args.length > 0 && args[0] instanceof String given ? given : sql;
            String shape = isBatch ? " [batch of " + batchSize + "]" : "";
            String boundValues = !values ? null : isBatch ? batch.toString() : bound.toString();
            if (isBatch) {
                batch.clear();
                batchSize = 0;
            }
            long start = System.nanoTime();
            try {
                Object result = forward(target, method, args);
                log(text + shape + " (" + millis(start) + " ms)", boundValues);
                return result;
            } catch (Throwable e) {
                log(text + shape + " failed after " + millis(start) + " ms: " + e, boundValues);
                throw e;
            }
        }

        private static void log(String message, String boundValues) {
            LOGGER.log(System.Logger.Level.DEBUG, message);
            if (boundValues != null) {
                LOGGER.log(System.Logger.Level.TRACE, "  bound " + boundValues);
            }
        }

        private static String describe(Object value) {
            if (value == null) {
                return "NULL";
            }
            if (value instanceof byte[] bytes) {
                return "<" + bytes.length + " bytes>";
            }
            if (value instanceof CharSequence text) {
                String s = text.toString();
                return "'" + (s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "...(" + s.length() + " chars)" : s) + "'";
            }
            return String.valueOf(value);
        }
    }
}
