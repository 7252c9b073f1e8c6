package dev.relata.it.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Dialect;
import dev.relata.it.Ddl;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tables and columns named with SQL reserved words ({@code order}, {@code group}, {@code select},
 * {@code from}, {@code limit}, {@code where}, {@code key}, {@code value}, {@code column}) work,
 * because every identifier is quoted.
 */
class ReservedWordsTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.TYPES);

    final GroupDao groups = new GroupDao(database.db());
    final OrderDao orders = new OrderDao(database.db());

    Order newOrder(Group group) {
        return orders.insert(new Order(0, group.id(), "*", "stock", 10, "in stock"));
    }

    @Test
    void everyDialectQuotesTheReservedNames() {
        for (Dialect dialect : Dialect.values()) {
            Ddl ddl = Ddl.of(RelataSchema.statements(dialect), dialect);
            String order = ddl.createTable("order");
            for (String column : List.of("select", "from", "limit", "where", "group_id")) {
                assertTrue(order.contains(dialect.quote(column)), () -> dialect + ": " + column + " in " + order);
            }
            assertTrue(ddl.createTable("group").contains(dialect.quote("column")), ddl::toString);
        }
    }

    @Test
    void rowsAreWrittenReadUpdatedAndDeleted() {
        Group group = groups.insert(new Group(0, "k", "v", "l"));
        Order order = newOrder(group);

        assertEquals(Optional.of(group), groups.findById(group.id()));
        assertEquals(Optional.of(order), orders.findById(order.id()));

        Order changed = new Order(order.id(), group.id(), "id", "archive", 20, "sold");
        orders.update(changed);
        assertEquals(List.of(changed), orders.findAll());

        assertTrue(orders.delete(changed));
        assertEquals(0, orders.count());
    }

    @Test
    void theColumnsCarryTheReservedNames() {
        Group group = groups.insert(new Group(0, "k", "v", "l"));
        Order order = newOrder(group);

        assertEquals("stock", database.queryValue(
                "SELECT {from} FROM {order} WHERE {select} = ? AND {limit} = ? AND {where} = ? AND {group_id} = ?",
                "*", 10, "in stock", group.id()));
        assertEquals("l", database.queryValue("SELECT {column} FROM {group} WHERE {key} = ? AND {value} = ?", "k", "v"));
        assertEquals(1, database.countRows("order"));
        assertEquals(order.id(), ((Number) database.queryValue("SELECT {id} FROM {order}")).longValue());
    }

    @Test
    void accessorsAndCascadesWorkAcrossReservedNames() {
        Group group = groups.insert(new Group(0, "k", "v", "l"));
        Group empty = groups.insert(new Group(0, "k2", "v2", "l2"));
        Order order = newOrder(group);

        assertEquals(group, orders.group(order));
        assertEquals(Optional.of(order), groups.order(group));
        assertEquals(Map.of(group.id(), order), groups.orderFor(List.of(group, empty)));

        assertTrue(groups.delete(group));
        assertEquals(0, orders.count());
    }
}
