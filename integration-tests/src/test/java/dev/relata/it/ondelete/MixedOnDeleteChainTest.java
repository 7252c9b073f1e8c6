package dev.relata.it.ondelete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.IntegrityException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A cascade that reaches other rules: Company &lt;-CASCADE- Office &lt;-SET_NULL- Printer, and
 * Office &lt;-DO_NOTHING- Alarm. Every rule that a delete reaches applies, as in Django's Collector.
 */
class MixedOnDeleteChainTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.ONDELETE);

    final CompanyDao companies = new CompanyDao(database.db());
    final OfficeDao offices = new OfficeDao(database.db());
    final PrinterDao printers = new PrinterDao(database.db());
    final AlarmDao alarms = new AlarmDao(database.db());

    @Test
    void cascadeThenSetNullDeletesTheOfficeAndUnlinksItsPrinter() {
        // Django: the office is deleted with its company, and the printer's office is set to NULL.
        Company acme = companies.insert(new Company(0, "Acme"));
        Office office = offices.insert(new Office(0, acme.id(), "Lyon"));
        Printer printer = printers.insert(new Printer(0, office.id(), "LaserJet"));

        assertTrue(companies.delete(acme));

        assertEquals(0, offices.count());
        assertEquals(List.of(new Printer(printer.id(), null, "LaserJet")), printers.findAll());
    }

    @Test
    void cascadeThenDoNothingIsRefusedByTheDatabaseAndDeletesNothing() {
        // Django: the cascade reaches the office; the alarm's DO_NOTHING link leaves it to the
        // database, whose foreign key refuses: IntegrityError, and nothing is deleted.
        Company acme = companies.insert(new Company(0, "Acme"));
        Office office = offices.insert(new Office(0, acme.id(), "Lyon"));
        Printer printer = printers.insert(new Printer(0, office.id(), "LaserJet"));
        Alarm alarm = alarms.insert(new Alarm(0, office.id(), "1234"));

        assertThrows(IntegrityException.class, () -> companies.delete(acme));

        assertEquals(List.of(acme), companies.findAll());
        assertEquals(List.of(office), offices.findAll());
        assertEquals(List.of(printer), printers.findAll());
        assertEquals(List.of(alarm), alarms.findAll());
    }
}
