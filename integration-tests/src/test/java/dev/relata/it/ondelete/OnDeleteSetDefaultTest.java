package dev.relata.it.ondelete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.IntegrityException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code on_delete=SET_DEFAULT}: Django sets the link to the field's default, here
 * {@code @Default("standing")}, the key of a fallback seat that exists.
 */
class OnDeleteSetDefaultTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.ONDELETE);

    final SeatDao seats = new SeatDao(database.db());
    final TicketDao tickets = new TicketDao(database.db());

    Seat standing;
    Seat a1;

    @BeforeEach
    void createSeats() {
        standing = seats.insert(new Seat("standing", "Standing room"));
        a1 = seats.insert(new Seat("A1", "Row A, seat 1"));
    }

    @Test
    void deletingTheSeatMovesItsTicketToTheDefaultSeat() {
        Ticket ticket = tickets.insert(new Ticket(0, a1.code(), "Ada"));

        assertTrue(seats.delete(a1));

        Ticket moved = tickets.findById(ticket.id()).orElseThrow();
        assertEquals(new Ticket(ticket.id(), "standing", "Ada"), moved);
        assertEquals(standing, tickets.seat(moved));
        assertEquals(Optional.of(moved), seats.ticket(standing));
    }

    @Test
    void whenTheDefaultSeatIsTakenTheDeleteIsRefusedAndChangesNothing() {
        // Two tickets cannot share the default seat: the one-to-one's UNIQUE refuses, as it makes
        // Django's SET_DEFAULT fail with IntegrityError.
        Ticket standingTicket = tickets.insert(new Ticket(0, "standing", "Ada"));
        Ticket seated = tickets.insert(new Ticket(0, a1.code(), "Bob"));

        assertThrows(IntegrityException.class, () -> seats.delete(a1));

        assertEquals(List.of(a1, standing), seats.findAll(), "ordered by key: A1 before standing");
        assertEquals(List.of(standingTicket, seated), tickets.findAll());
    }

    /**
     * Deleting the very row the default names: the linking rows would be set to a row that goes too.
     * PostgreSQL and MariaDB refuse; so does H2 (whose foreign key would set the default unchecked).
     */
    @Test
    void deletingTheDefaultSeatItselfIsRefusedAndChangesNothing() {
        Ticket onStanding = tickets.insert(new Ticket(0, "standing", "Ada"));

        assertThrows(IntegrityException.class, () -> seats.delete(standing));

        assertEquals(List.of(a1, standing), seats.findAll(), "ordered by key: A1 before standing");
        assertEquals(List.of(onStanding), tickets.findAll());
    }

    /** A default that names no row: every database refuses the delete, saying why, and nothing changes. */
    @Test
    void aDefaultThatNamesNoRowRefusesTheDelete() {
        Ticket seated = tickets.insert(new Ticket(0, a1.code(), "Bob"));
        assertTrue(seats.delete(standing));

        IntegrityException refused = assertThrows(IntegrityException.class, () -> seats.delete(a1));

        assertTrue(refused.getMessage().startsWith("'Ticket.seat' links to no existing Seat (a value written, or the"
                + " default that onDelete = SET_DEFAULT sets when a delete takes the Seat it linked to)"),
                refused::getMessage);
        assertEquals(List.of(a1), seats.findAll());
        assertEquals(List.of(seated), tickets.findAll());
    }

    @Test
    void theDefaultIsTheColumnsSqlDefault() {
        database.execute("INSERT INTO {ticket} ({holder}) VALUES (?)", "Cy");

        assertEquals("standing", database.queryValue("SELECT {seat_id} FROM {ticket} WHERE {holder} = ?", "Cy"));
    }

    @Test
    void aNullDefaultClearsTheLinksOfEveryDeletedSeat() {
        VoucherDao vouchers = new VoucherDao(database.db());
        Voucher ada = vouchers.insert(new Voucher(0, a1.code(), "Ada"));
        Voucher bob = vouchers.insert(new Voucher(0, standing.code(), "Bob"));

        assertEquals(2, seats.deleteAll(List.of(a1, standing)));

        assertEquals(List.of(new Voucher(ada.id(), null, "Ada"), new Voucher(bob.id(), null, "Bob")), vouchers.findAll());
    }
}
