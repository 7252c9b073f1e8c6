package dev.relata.benchmarks.orm;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Hibernate over the benchmark's tables (created by {@code RelataSchema}, not by Hibernate), configured
 * for throughput the way its documentation recommends: JDBC batches of 500, ordered inserts, padded IN
 * lists, batch fetching, and a pooled sequence for the keys it inserts.
 */
public final class Orm {
    /** Keys the pooled sequence hands out per round trip; also the JDBC batch size. */
    public static final int PROFILE_ID_ALLOCATION = 500;

    /** Held so that the level set on it stays in force. */
    private static final Logger HIBERNATE_LOG;

    static {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        HIBERNATE_LOG = Logger.getLogger("org.hibernate");
        HIBERNATE_LOG.setLevel(Level.WARNING);
    }

    private Orm() {}

    public static SessionFactory sessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(UserEntity.class)
                .addAnnotatedClass(ProfileEntity.class)
                .addAnnotatedClass(PageEntity.class)
                .addAnnotatedClass(LikeEntity.class);
        configuration.setPhysicalNamingStrategy(new QuotedNames());
        configuration.getProperties().put(AvailableSettings.DATASOURCE, dataSource);
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
        configuration.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, String.valueOf(PROFILE_ID_ALLOCATION));
        configuration.setProperty(AvailableSettings.ORDER_INSERTS, "true");
        configuration.setProperty(AvailableSettings.ORDER_UPDATES, "true");
        configuration.setProperty(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, "64");
        configuration.setProperty(AvailableSettings.IN_CLAUSE_PARAMETER_PADDING, "true");
        configuration.setProperty(AvailableSettings.SHOW_SQL, "false");
        configuration.setProperty(AvailableSettings.GENERATE_STATISTICS,
                System.getProperty("relata.bench.hibernate.statistics", "false"));
        return configuration.buildSessionFactory();
    }

    /**
     * Quotes every name, in the case the database folds unquoted names to, as {@code RelataSchema} does:
     * {@code user} and {@code like} are reserved words.
     */
    static final class QuotedNames implements PhysicalNamingStrategy {
        private static Identifier quote(Identifier name, JdbcEnvironment environment) {
            if (name == null) {
                return null;
            }
            String text = name.getText();
            boolean upper = environment.getDialect() instanceof H2Dialect;
            return Identifier.toIdentifier(upper ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT), true);
        }

        @Override
        public Identifier toPhysicalCatalogName(Identifier name, JdbcEnvironment environment) {
            return name;
        }

        @Override
        public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment environment) {
            return name;
        }

        @Override
        public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
            return quote(name, environment);
        }

        @Override
        public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
            return quote(name, environment);
        }

        @Override
        public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment environment) {
            return quote(name, environment);
        }
    }
}
