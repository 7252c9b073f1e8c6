package dev.relata.it.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Dialect;
import dev.relata.IntegrityException;
import dev.relata.OneToOneConflictException;
import dev.relata.it.Ddl;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code @Id} on a {@code @OneToOneField}, Django's {@code primary_key=True}: the employee's key
 * is the key of the person it extends, assigned by the caller, never generated.
 */
class LinkAsKeyTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.KEYS);

    final PersonDao persons = new PersonDao(database.db());
    final EmployeeDao employees = new EmployeeDao(database.db());

    @Test
    void theLinkColumnIsThePrimaryKeyAndAForeignKeyThatCascades() {
        Ddl ddl = Ddl.of(RelataSchema.statements(Dialect.H2), Dialect.H2);

        ddl.assertPrimaryKey("employee", "person_id");
        assertEquals("CASCADE", ddl.onDelete("employee", "person_id", "person", "id"));
    }

    @Test
    void insertUsesThePersonsKeyAsTheEmployeesKey() {
        Person ada = persons.insert(new Person(0, "Ada"));

        Employee engineer = employees.insert(new Employee(ada.id(), "Engineer"));

        assertEquals(new Employee(ada.id(), "Engineer"), engineer);
        assertEquals(Optional.of(engineer), employees.findById(ada.id()));
    }

    @Test
    void findAllOrdersByTheAssignedKeys() {
        Person ada = persons.insert(new Person(0, "Ada"));
        Person bob = persons.insert(new Person(0, "Bob"));
        Employee bobs = employees.insert(new Employee(bob.id(), "Clerk"));
        Employee adas = employees.insert(new Employee(ada.id(), "Engineer"));

        assertEquals(List.of(adas, bobs), employees.findAll());
    }

    @Test
    void accessorsLeadFromTheEmployeeToThePersonAndBack() {
        Person ada = persons.insert(new Person(0, "Ada"));
        Person bob = persons.insert(new Person(0, "Bob"));
        Employee engineer = employees.insert(new Employee(ada.id(), "Engineer"));

        assertEquals(ada, employees.person(engineer));
        assertEquals(Optional.of(engineer), persons.employee(ada));
        assertEquals(Optional.empty(), persons.employee(bob));
        assertEquals(Map.of(ada.id(), ada), employees.personFor(List.of(engineer)));
        assertEquals(Map.of(ada.id(), engineer), persons.employeeFor(List.of(ada, bob)));
    }

    @Test
    void aSecondEmployeeForTheSamePersonIsRefusedAndChangesNothing() {
        Person ada = persons.insert(new Person(0, "Ada"));
        Employee engineer = employees.insert(new Employee(ada.id(), "Engineer"));

        assertThrows(OneToOneConflictException.class, () -> employees.insert(new Employee(ada.id(), "Manager")));

        assertEquals(List.of(engineer), employees.findAll());
    }

    @Test
    void anEmployeeOfAPersonThatDoesNotExistIsRefused() {
        Person ada = persons.insert(new Person(0, "Ada"));

        assertThrows(IntegrityException.class, () -> employees.insert(new Employee(ada.id() + 1000, "Ghost")));

        assertEquals(0, employees.count());
    }

    @Test
    void updateWritesTheOtherColumnsOfTheRowWithThatKey() {
        Person ada = persons.insert(new Person(0, "Ada"));
        employees.insert(new Employee(ada.id(), "Engineer"));

        employees.update(new Employee(ada.id(), "Chief Engineer"));

        assertEquals(Optional.of(new Employee(ada.id(), "Chief Engineer")), employees.findById(ada.id()));
    }

    @Test
    void deletingThePersonDeletesTheEmployee() {
        Person ada = persons.insert(new Person(0, "Ada"));
        employees.insert(new Employee(ada.id(), "Engineer"));

        assertTrue(persons.delete(ada));

        assertEquals(0, employees.count());
    }

    @Test
    void deletingTheEmployeeLeavesThePerson() {
        Person ada = persons.insert(new Person(0, "Ada"));
        Employee engineer = employees.insert(new Employee(ada.id(), "Engineer"));

        assertTrue(employees.delete(engineer));

        assertEquals(List.of(ada), persons.findAll());
    }
}
