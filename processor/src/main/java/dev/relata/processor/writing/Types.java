package dev.relata.processor.writing;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to, named here so the processor needs no runtime jar. */
public final class Types {
    public static final ClassName DATABASE = ClassName.get("dev.relata", "Database");
    public static final ClassName DIALECT = ClassName.get("dev.relata", "Dialect");
    public static final ClassName ON_DELETE = ClassName.get("dev.relata", "OnDelete");
    public static final ClassName RELATA_EXCEPTION = ClassName.get("dev.relata", "RelataException");
    public static final ClassName CHOICE_NOT_ALLOWED = ClassName.get("dev.relata", "ChoiceNotAllowedException");
    public static final ClassName INTEGRITY = ClassName.get("dev.relata", "IntegrityException");
    public static final ClassName ONE_TO_ONE_CONFLICT = ClassName.get("dev.relata", "OneToOneConflictException");
    public static final ClassName PROTECTED = ClassName.get("dev.relata", "ProtectedException");
    public static final ClassName RESTRICTED = ClassName.get("dev.relata", "RestrictedException");
    public static final ClassName ROW_MAPPER = ClassName.get("dev.relata", "RowMapper");
    public static final ClassName PAGING = ClassName.get("dev.relata", "Paging");
    public static final ClassName LIST_SQL = ClassName.get("dev.relata.internal", "ListSql");
    public static final ClassName CONSTRAINTS = ClassName.get("dev.relata.internal", "Constraints");
    public static final ClassName ACCESS = ClassName.get("dev.relata.internal", "Access");
    public static final ClassName DELETION = ClassName.get("dev.relata", "Deletion");
    public static final ClassName DELETE_PLAN = ClassName.get("dev.relata.internal", "DeletePlan");
    public static final ClassName SQL = ClassName.get("dev.relata.internal", "Sql");
    public static final ClassName QUERIES = ClassName.get("dev.relata.internal", "Queries");
    public static final ClassName BATCH = ClassName.get("dev.relata.internal", "Batch");
    public static final ClassName INSERTS = ClassName.get("dev.relata.internal", "Inserts");
    public static final ClassName IN_QUERY = ClassName.get("dev.relata.internal", "InQuery");
    public static final ClassName JDBC = ClassName.get("dev.relata.internal", "Jdbc");
    public static final ClassName SCHEMA_CHECK = ClassName.get("dev.relata.internal", "SchemaCheck");
    public static final ClassName SCHEMA_CHECK_KIND = SCHEMA_CHECK.nestedClass("Kind");
    public static final ClassName SCHEMAS = ClassName.get("dev.relata.internal", "Schemas");
    public static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    public static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
    public static final ClassName SUPPRESS_WARNINGS = ClassName.get("java.lang", "SuppressWarnings");
    public static final ClassName CONNECTION = ClassName.get("java.sql", "Connection");
    public static final ClassName PREPARED_STATEMENT = ClassName.get("java.sql", "PreparedStatement");
    public static final ClassName RESULT_SET = ClassName.get("java.sql", "ResultSet");
    public static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
    public static final ClassName SQL_TYPES = ClassName.get("java.sql", "Types");
    public static final ClassName STATEMENT = ClassName.get("java.sql", "Statement");
    public static final ClassName COLLECTION = ClassName.get("java.util", "Collection");
    public static final ClassName LIST = ClassName.get("java.util", "List");
    public static final ClassName MAP = ClassName.get("java.util", "Map");
    public static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");

    /** How many keys the runtime's {@code InQuery} binds as one array parameter (H2, PostgreSQL): generated Javadoc quotes it. */
    public static final int ARRAY_CHUNK = 16_384;
    /** How many keys the runtime's {@code InQuery} binds as one {@code IN} list (MariaDB): generated Javadoc quotes it. */
    public static final int LIST_CHUNK = 1_024;

    private Types() {}
}
