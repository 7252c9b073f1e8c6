package dev.relata;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Data sources that behave like the ones applications configure: pools, broken servers, other products. */
public final class DataSources {
    private DataSources() {}

    /**
     * Hands out the one physical connection, as a pool of one would: closing it returns it to the
     * pool instead of closing it. Its connections start in the given auto-commit mode.
     */
    static DataSource poolOfOne(Connection physical, boolean autoCommit) throws SQLException {
        physical.setAutoCommit(autoCommit);
        Connection pooled = proxy(Connection.class, (p, method, args) -> {
            if (method.getName().equals("close")) {
                return null;
            }
            return invoke(physical, method, args);
        });
        return proxy(DataSource.class, (p, method, args) -> {
            if (method.getName().equals("getConnection")) {
                return pooled;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    /** Every connection it hands out starts in the given auto-commit mode. */
    static DataSource withAutoCommit(DataSource dataSource, boolean autoCommit) {
        return proxy(DataSource.class, (p, method, args) -> {
            Object result = invoke(dataSource, method, args);
            if (result instanceof Connection connection) {
                connection.setAutoCommit(autoCommit);
            }
            return result;
        });
    }

    /**
     * Records the calls made on the connections it hands out ({@code setAutoCommit(true)} with its
     * argument), and fails the calls named in {@code failing} (by name, or as recorded), before they reach the
     * connection.
     */
    static DataSource recording(DataSource dataSource, java.util.List<String> calls, java.util.Set<String> failing) {
        return proxy(DataSource.class, (p, method, args) -> {
            Object result = invoke(dataSource, method, args);
            if (!(result instanceof Connection connection)) {
                return result;
            }
            return proxy(Connection.class, (c, call, arguments) -> {
                String name = call.getName();
                String label = name.equals("setAutoCommit") ? name + "(" + arguments[0] + ")"
                        : name.equals("rollback") && arguments != null ? "rollback(savepoint)" : name;
                calls.add(label);
                if (failing.contains(name) || failing.contains(label)) {
                    throw new SQLException("Injected: " + name + " failed", "08006");
                }
                return invoke(connection, call, arguments);
            });
        });
    }

    /**
     * Its connections refuse {@code setSavepoint} with {@code refusal}, as some XA drivers' do inside a
     * global transaction (pgjdbc's: SQLState {@code 55000}); every other call reaches the connection.
     */
    static DataSource refusingSavepoints(DataSource dataSource, java.util.function.Supplier<SQLException> refusal) {
        return proxy(DataSource.class, (p, method, args) -> {
            Object result = invoke(dataSource, method, args);
            if (!(result instanceof Connection connection)) {
                return result;
            }
            return proxy(Connection.class, (c, call, arguments) -> {
                if (call.getName().equals("setSavepoint")) {
                    throw refusal.get();
                }
                return invoke(connection, call, arguments);
            });
        });
    }

    /** Cannot reach its server. */
    static DataSource unreachable() {
        return proxy(DataSource.class, (p, method, args) -> {
            throw new SQLException("Connection refused", "08001");
        });
    }

    /** Connects to a database whose metadata names the given product. */
    static DataSource product(String productName) {
        DatabaseMetaData metaData = proxy(DatabaseMetaData.class, (p, method, args) -> {
            if (method.getName().equals("getDatabaseProductName")) {
                return productName;
            }
            throw new UnsupportedOperationException(method.getName());
        });
        Connection connection = proxy(Connection.class, (p, method, args) -> switch (method.getName()) {
            case "getMetaData" -> metaData;
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method.getName());
        });
        return proxy(DataSource.class, (p, method, args) -> {
            if (method.getName().equals("getConnection")) {
                return connection;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    static DatabaseMetaData metaData(String productName) throws SQLException {
        return product(productName).getConnection().getMetaData();
    }

    /**
     * The data source with its connections' metadata reporting {@code url} as the database's URL (a
     * PostgreSQL server, ShardingSphere-JDBC), running {@code onMetaData} on each read of metadata.
     */
    public static DataSource reportingUrl(DataSource dataSource, String url, Runnable onMetaData) {
        return proxy(DataSource.class, (p, method, args) -> {
            Object result = invoke(dataSource, method, args);
            if (!method.getName().equals("getConnection")) {
                return result;
            }
            Connection connection = (Connection) result;
            return proxy(Connection.class, (c, call, arguments) -> {
                Object value = invoke(connection, call, arguments);
                if (!call.getName().equals("getMetaData")) {
                    return value;
                }
                onMetaData.run();
                DatabaseMetaData metaData = (DatabaseMetaData) value;
                return proxy(DatabaseMetaData.class,
                        (m, read, readArguments) -> read.getName().equals("getURL") ? url : invoke(metaData, read, readArguments));
            });
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(DataSources.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
