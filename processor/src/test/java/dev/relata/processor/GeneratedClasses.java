package dev.relata.processor;

import com.google.testing.compile.Compilation;
import dev.relata.Database;
import dev.relata.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.tools.JavaFileObject;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The classes of a successful compilation, loaded so that a test can run the generated DAOs and
 * schema on an in-memory H2 database.
 */
final class GeneratedClasses extends ClassLoader {
    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Map<String, byte[]> classes = new HashMap<>();

    GeneratedClasses(Compilation compilation) {
        super(GeneratedClasses.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.CLASS && path.startsWith(CLASS_OUTPUT)) {
                String name = path.substring(CLASS_OUTPUT.length(), path.length() - ".class".length()).replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    Class<?> load(String name) {
        try {
            return loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not compiled: " + name, e);
        }
    }

    /** A new instance of {@code className}, by the constructor taking exactly these arguments' classes. */
    Object create(String className, Object... args) {
        Class<?> type = load(className);
        try {
            for (var constructor : type.getConstructors()) {
                if (constructor.getParameterCount() == args.length) {
                    return constructor.newInstance(args);
                }
            }
            throw new AssertionError("no public constructor with " + args.length + " parameters in " + className);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls the public method {@code name} of {@code target} that takes as many arguments. */
    static Object call(Object target, String name, Object... args) {
        try {
            for (var method : target.getClass().getMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                    return method.invoke(target, args);
                }
            }
            throw new AssertionError("no method " + name + " with " + args.length + " parameters in " + target.getClass());
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls the static method {@code name} of {@code className}. */
    Object callStatic(String className, String name, Object... args) {
        try {
            for (var method : load(className).getMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                    return method.invoke(null, args);
                }
            }
            throw new AssertionError("no static method " + name + " in " + className);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A fresh in-memory H2 database. */
    static Database h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:generated" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return Database.of(dataSource, Dialect.H2);
    }

    private static RuntimeException rethrow(InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e.getCause());
    }
}
