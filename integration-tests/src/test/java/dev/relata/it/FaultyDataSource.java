package dev.relata.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A data source that fails its {@code n}th JDBC call: a call on the data source, or on a
 * connection, statement, result or array it handed out, counted from when it was {@linkplain #arm
 * armed}. Counts the connections it hands out and those given back, closed or aborted.
 */
public final class FaultyDataSource {
    /** What the failure does. */
    public enum Mode {
        /** The call fails once; everything else works. */
        ONCE,
        /**
         * The connection is lost: the server ends its session (rolling back what it had not
         * committed), and every later call on it fails; closing it works, as drivers let it.
         */
        CONNECTION_LOST,
        /** The call fails once, and from then on every rollback, to a savepoint too, fails as well. */
        ROLLBACKS_FAIL_TOO,
        /**
         * The call fails once with an unchecked exception, as a proxy's or ShardingSphere-JDBC's own
         * calls can; everything else works.
         */
        UNCHECKED
    }

    private final DataSource target;
    private final DataSource proxy;
    private Mode mode = Mode.ONCE;
    private long failAt;
    private long calls;
    private Exception fault;
    private boolean rollbacksFail;
    private int opened;
    private int released;

    public FaultyDataSource(DataSource target) {
        this.target = target;
        this.proxy = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (self, method, args) -> call(self, null, target, method, args));
    }

    /** The data source to hand to the code under test. */
    public DataSource dataSource() {
        return proxy;
    }

    /** Fails the {@code n}th call from now on, as {@code mode} says; 0 fails none, and only counts. */
    public void arm(Mode mode, long n) {
        this.mode = mode;
        this.failAt = n;
        this.calls = 0;
        this.fault = null;
        this.rollbacksFail = false;
    }

    /** The calls counted since {@link #arm}. */
    public long calls() {
        return calls;
    }

    /** The failure injected since {@link #arm}, or null when the {@code n}th call was never made. */
    public Exception fault() {
        return fault;
    }

    /** Connections handed out and neither closed nor aborted since. */
    public int openConnections() {
        return opened - released;
    }

    /** The state of one connection handed out. */
    private final class Handle {
        final Connection real;
        boolean lost;
        boolean released;

        Handle(Connection real) {
            this.real = real;
        }

        void release() {
            if (!released) {
                released = true;
                FaultyDataSource.this.released++;
            }
        }

        /** The server ends the session: what it had not committed is rolled back. */
        void lose() {
            lost = true;
            try {
                if (!real.isClosed()) {
                    if (!real.getAutoCommit()) {
                        real.rollback();
                    }
                    real.close();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot end the session of a lost connection", e);
            }
        }
    }

    private Object call(Object self, Handle handle, Object target, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        switch (name) {
            case "equals":
                return args[0] == self;
            case "hashCode":
                return System.identityHashCode(self);
            case "toString":
                // PostgreSQL's driver binds an Array of another implementation as its text.
                return target instanceof Array ? target.toString() : "Faulty[" + target + "]";
            default:
                break;
        }
        calls++;
        boolean ending = handle != null && target == handle.real && (name.equals("close") || name.equals("abort"));
        if (handle != null && handle.lost) {
            if (ending) {
                handle.release();
                return null;
            }
            throw new SQLException("Injected: the connection was lost (" + name + ")", "08006");
        }
        if (rollbacksFail && handle != null && target == handle.real && name.equals("rollback")) {
            throw new SQLException("Injected: the rollback failed as well", "08006");
        }
        if (calls == failAt) {
            fault = switch (mode) {
                case CONNECTION_LOST -> new SQLException("Injected: the connection was lost at call " + calls + " (" + name
                        + ")", "08006");
                case UNCHECKED -> new IllegalStateException("Injected: call " + calls + " (" + name + ") failed unchecked");
                default -> new SQLException("Injected: call " + calls + " (" + name + ") failed", "HY000");
            };
            if (mode == Mode.ROLLBACKS_FAIL_TOO) {
                rollbacksFail = true;
            }
            if (handle != null && (mode == Mode.CONNECTION_LOST || ending)) {
                // A lost connection's session ends; a close that fails still lets the connection go.
                handle.lose();
                handle.release();
            }
            throw fault;
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (ending) {
            handle.release();
        }
        if (result instanceof Connection connection && handle == null) {
            opened++;
            return wrap(Connection.class, new Handle(connection), connection);
        }
        if (handle == null) {
            return result;
        }
        Class<?> type = method.getReturnType();
        if (result != null && type.isInterface() && (Statement.class.isAssignableFrom(type) || type == ResultSet.class
                || type == Array.class)) {
            return wrap(type, handle, result);
        }
        return result;
    }

    private Object wrap(Class<?> type, Handle handle, Object target) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> call(self, handle, target, method, args));
    }
}
