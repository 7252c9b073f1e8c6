package dev.relata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Dialect;
import dev.relata.internal.InQuery;
import dev.relata.internal.Sql;
import dev.relata.processor.sql.SqlDialect;
import dev.relata.processor.writing.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The facts that the processor writes into DDL and generated code and that the runtime applies
 * to the same tables: each is kept once on each side, so the two are held to each other here.
 */
class RuntimeAgreementTest {
    private static final String[] IDENTIFIERS = {"user", "page_ptr_id", "like", "MixedCase", "order_2", "é_ü"};

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void ddlQuotesIdentifiersAsTheRuntimeDoes(Dialect runtime) {
        SqlDialect processor = SqlDialect.valueOf(runtime.name());
        for (String identifier : IDENTIFIERS) {
            assertEquals(runtime.quote(identifier), processor.quote(identifier), identifier);
            assertEquals(runtime.quote(identifier), Sql.of(runtime, "{" + identifier + "}").text(), identifier);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void ddlDeclaresOnDeleteSetDefaultExactlyWhereTheRuntimeLeavesItToTheDatabase(Dialect runtime) {
        SqlDialect processor = SqlDialect.valueOf(runtime.name());

        assertEquals(runtime.hasOnDeleteSetDefault(), processor.hasOnDeleteSetDefault());
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void everyDialectOfTheProcessorIsOneOfTheRuntime(SqlDialect processor) {
        assertEquals(processor.name(), Dialect.valueOf(processor.name()).name());
    }

    @Test
    void generatedJavadocQuotesTheRuntimesChunkSizes() {
        assertEquals(InQuery.ARRAY_CHUNK, Types.ARRAY_CHUNK);
        assertEquals(InQuery.CHUNK, Types.LIST_CHUNK);
    }
}
