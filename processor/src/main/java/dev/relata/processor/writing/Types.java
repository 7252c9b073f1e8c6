package dev.relata.processor.writing;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to, named here so the processor needs no runtime jar. */
final class Types {
    static final ClassName DATABASE = ClassName.get("dev.relata", "Database");
    static final ClassName DIALECT = ClassName.get("dev.relata", "Dialect");
    static final ClassName ON_DELETE = ClassName.get("dev.relata", "OnDelete");
    static final ClassName RELATA_EXCEPTION = ClassName.get("dev.relata", "RelataException");
    static final ClassName CHOICE_NOT_ALLOWED = ClassName.get("dev.relata", "ChoiceNotAllowedException");
    static final ClassName CONSTRAINTS = ClassName.get("dev.relata.internal", "Constraints");
    static final ClassName DELETE_PLAN = ClassName.get("dev.relata.internal", "DeletePlan");
    static final ClassName DELETE_LINK = DELETE_PLAN.nestedClass("Link");
    static final ClassName QUERIES = ClassName.get("dev.relata.internal", "Queries");
    static final ClassName BATCH = ClassName.get("dev.relata.internal", "Batch");
    static final ClassName IN_QUERY = ClassName.get("dev.relata.internal", "InQuery");
    static final ClassName JDBC = ClassName.get("dev.relata.internal", "Jdbc");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName CONNECTION = ClassName.get("java.sql", "Connection");
    static final ClassName PREPARED_STATEMENT = ClassName.get("java.sql", "PreparedStatement");
    static final ClassName RESULT_SET = ClassName.get("java.sql", "ResultSet");
    static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
    static final ClassName SQL_TYPES = ClassName.get("java.sql", "Types");
    static final ClassName STATEMENT = ClassName.get("java.sql", "Statement");

    private Types() {}
}
