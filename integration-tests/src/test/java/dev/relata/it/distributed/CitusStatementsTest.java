package dev.relata.it.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.RelataException;
import dev.relata.it.TestDatabase;
import dev.relata.it.distributed.audit.AuditDao;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code RelataSchema.citusStatements()} run on plain PostgreSQL, where Citus's
 * {@code create_reference_table} and {@code create_distributed_table} are stand-ins that record each
 * call, and refuse it (raising an exception, as Citus would) when the table does not exist, already
 * has foreign keys, is a Citus table already, has no such distribution column, has a primary key or
 * UNIQUE constraint without it, or would be co-located with a table that is not distributed yet or
 * is distributed by a column of another type.
 * After the statements, every foreign key is checked as Citus checks it. PostgreSQL only: the
 * functions are PL/pgSQL (the pom runs this class in the live PostgreSQL run alone).
 */
class CitusStatementsTest {
    /** The stand-ins for Citus's functions, with the table that records their calls. */
    private static final List<String> CITUS_STAND_INS = List.of(
            "CREATE TABLE citus_calls (n SERIAL PRIMARY KEY, kind TEXT NOT NULL, table_name TEXT NOT NULL,"
                    + " column_name TEXT, colocated_with TEXT)",
            """
            CREATE FUNCTION citus_check_new(t regclass) RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND (conrelid = t OR confrelid = t)) THEN
                    RAISE EXCEPTION 'table % has foreign keys already', t;
                END IF;
                IF EXISTS (SELECT 1 FROM citus_calls WHERE table_name = t::text) THEN
                    RAISE EXCEPTION 'table % is a Citus table already', t;
                END IF;
            END $$""",
            """
            CREATE FUNCTION create_reference_table(table_name regclass) RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM citus_check_new(table_name);
                INSERT INTO citus_calls (kind, table_name) VALUES ('reference', table_name::text);
            END $$""",
            """
            CREATE FUNCTION create_distributed_table(table_name regclass, distribution_column text,
                    colocate_with text DEFAULT 'default') RETURNS void LANGUAGE plpgsql AS $$
            DECLARE
                column_number smallint;
            BEGIN
                PERFORM citus_check_new(table_name);
                SELECT attnum INTO column_number FROM pg_attribute
                    WHERE attrelid = table_name AND attname = distribution_column AND NOT attisdropped;
                IF column_number IS NULL THEN
                    RAISE EXCEPTION 'table % has no column %', table_name, distribution_column;
                END IF;
                IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = table_name AND contype IN ('p', 'u')
                        AND NOT column_number = ANY (conkey)) THEN
                    RAISE EXCEPTION 'table % has a key or UNIQUE constraint without %', table_name, distribution_column;
                END IF;
                IF colocate_with <> 'default' AND NOT EXISTS (SELECT 1 FROM citus_calls
                        WHERE kind = 'distributed' AND citus_calls.table_name = colocate_with::regclass::text) THEN
                    RAISE EXCEPTION 'table % is co-located with %, which is not distributed yet', table_name, colocate_with;
                END IF;
                IF colocate_with <> 'default' AND (SELECT format_type(atttypid, atttypmod) FROM pg_attribute
                        WHERE attrelid = table_name AND attnum = column_number)
                        IS DISTINCT FROM (SELECT format_type(a.atttypid, a.atttypmod) FROM citus_calls c
                        JOIN pg_attribute a ON a.attrelid = c.table_name::regclass AND a.attname = c.column_name
                        WHERE c.table_name = colocate_with::regclass::text) THEN
                    RAISE EXCEPTION 'table % is distributed by a column of another type than %''s', table_name, colocate_with;
                END IF;
                INSERT INTO citus_calls (kind, table_name, column_name, colocated_with)
                    VALUES ('distributed', table_name::text, distribution_column,
                            CASE WHEN colocate_with = 'default' THEN NULL ELSE colocate_with::regclass::text END);
            END $$""");

    /**
     * Every foreign key that Citus would refuse: one from a reference table to a distributed one, and
     * one between distributed tables that does not join their distribution columns, or that joins
     * tables of different co-location groups.
     */
    private static final String REFUSED_FOREIGN_KEYS = """
            WITH citus AS (
                SELECT c.table_name::regclass AS t, c.kind, a.attnum AS column_number,
                       COALESCE(c.colocated_with, c.table_name) AS colocation_group
                FROM citus_calls c LEFT JOIN pg_attribute a
                    ON a.attrelid = c.table_name::regclass AND a.attname = c.column_name)
            SELECT k.conname FROM pg_constraint k
                JOIN citus s ON s.t = k.conrelid
                JOIN citus r ON r.t = k.confrelid
            WHERE k.contype = 'f' AND r.kind = 'distributed'
                AND (s.kind = 'reference' OR k.conkey <> ARRAY[s.column_number] OR k.confkey <> ARRAY[r.column_number]
                     OR s.colocation_group <> r.colocation_group)
            ORDER BY k.conname""";

    @RegisterExtension
    final TestDatabase database = TestDatabase.with();

    @Test
    void statementsRunInAnOrderCitusAccepts() {
        run(CITUS_STAND_INS);

        run(RelataSchema.citusStatements());
        run(dev.relata.it.distributed.audit.RelataSchema.citusStatements());

        assertEquals(List.of(
                "reference nation", "reference agency",
                "distributed \"grant\" by id",
                "distributed budget by grant_id with \"grant\"",
                "distributed report by budget_id with \"grant\"",
                "distributed final_report by report_ptr_id with \"grant\"",
                "distributed audit by grant_id with \"grant\""), calls());
        assertEquals(List.of(), strings(REFUSED_FOREIGN_KEYS), "foreign keys that Citus refuses");
        assertEquals(6L, ((Number) database.queryValue("SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f'"
                + " AND connamespace = current_schema()::regnamespace")).longValue(), "the foreign keys");
    }

    /** The stand-ins are not satisfied by any order: a chain's table before its root, or a foreign key first, fails. */
    @Test
    void theStandInsRefuseTheWrongOrders() {
        run(CITUS_STAND_INS);
        List<String> statements = RelataSchema.citusStatements();
        List<String> tables = statements.stream().filter(sql -> sql.startsWith("CREATE ")).toList();
        List<String> rootLast = new ArrayList<>(tables);
        statements.stream().filter(sql -> sql.contains("colocate_with")).forEach(rootLast::add);
        statements.stream().filter(sql -> sql.startsWith("SELECT create_distributed_table") && !sql.contains("colocate_with"))
                .forEach(rootLast::add);
        List<String> keysFirst = new ArrayList<>(tables);
        statements.stream().filter(sql -> sql.startsWith("ALTER TABLE")).forEach(keysFirst::add);
        statements.stream().filter(sql -> sql.startsWith("SELECT")).forEach(keysFirst::add);

        RelataException early = assertThrows(RelataException.class, () -> run(rootLast));
        RelataException keyed = assertThrows(RelataException.class, () -> run(keysFirst));

        assertTrue(early.getMessage().contains("which is not distributed yet"), early.getMessage());
        assertTrue(keyed.getMessage().contains("has foreign keys already"), keyed.getMessage());
    }

    /** The citusStatements() make the same tables as statements(POSTGRESQL): the DAOs work on them. */
    @Test
    void theDaosWorkOnTheTablesTheyCreate() {
        run(CITUS_STAND_INS);
        run(RelataSchema.citusStatements());
        run(dev.relata.it.distributed.audit.RelataSchema.citusStatements());
        Database db = database.db();

        RelataSchema.validate(db);
        dev.relata.it.distributed.audit.RelataSchema.validate(db);
        Nation portugal = new NationDao(db).insert(new Nation(0, "Portugal"));
        new AgencyDao(db).insert(new Agency("FCT", "Science Foundation", portugal.id()));
        Grant grant = new GrantDao(db).insert(new Grant(0, "Tides", "FCT"));
        Budget budget = new BudgetDao(db).insert(new Budget(grant.id(), 5000));
        FinalReport last = new FinalReportDao(db).insert(new FinalReport(new Report(budget.grant(), "on time"), true));
        new AuditDao(db).insert(new dev.relata.it.distributed.audit.Audit(grant.id(), "Ines"));

        assertEquals(Optional.of(last), new FinalReportDao(db).findById(grant.id()));
        assertEquals(Optional.of(budget), new GrantDao(db).budget(grant));
        assertEquals(Optional.of(last.report()), new ReportDao(db).findById(grant.id()));
    }

    private void run(List<String> statements) {
        assertEquals(Dialect.POSTGRESQL, database.dialect(), "the stand-ins are PL/pgSQL");
        database.db().withTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            return null;
        });
    }

    private List<String> calls() {
        return strings("SELECT kind || ' ' || table_name || COALESCE(' by ' || column_name, '')"
                + " || COALESCE(' with ' || colocated_with, '') FROM citus_calls ORDER BY n");
    }

    private List<String> strings(String query) {
        return database.db().withConnection(connection -> {
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            assertTrue(rows.stream().allMatch(row -> row != null), "no NULL row");
            return rows;
        });
    }
}
