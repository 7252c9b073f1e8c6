package dev.relata.it.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.ChoiceNotAllowedException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** limitChoicesTo on a link to a UUID-keyed model: the keys compare as UUIDs on every database. */
class UuidChoicesTest {
    private static final UUID OPS = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID DEV = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID GUEST = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.KEYS);

    final AccountDao accounts = new AccountDao(database.db());
    final MailboxDao mailboxes = new MailboxDao(database.db());

    void accounts() {
        accounts.insertAll(List.of(new Account(OPS, "ops@example.com"), new Account(DEV, "dev@example.com"),
                new Account(GUEST, "guest@example.com")));
    }

    @Test
    void aMatchingUuidTargetIsAccepted() {
        accounts();

        mailboxes.insertAll(List.of(new Mailbox(UUID.randomUUID(), OPS, 100), new Mailbox(UUID.randomUUID(), DEV, 50)));

        assertEquals(2, mailboxes.count());
        assertEquals(OPS, mailboxes.account(mailboxes.findAll().stream().filter(m -> m.quotaMegabytes() == 100)
                .findFirst().orElseThrow()).id());
    }

    @Test
    void anExcludedUuidTargetIsRefusedWithItsKey() {
        accounts();

        ChoiceNotAllowedException refused = assertThrows(ChoiceNotAllowedException.class,
                () -> mailboxes.insert(new Mailbox(UUID.randomUUID(), GUEST, 10)));

        assertEquals(GUEST, refused.targetKey());
        assertEquals(0, mailboxes.count());
    }

    @Test
    void choicesAreTheMatchingUnlinkedAccountsByKey() {
        accounts();
        mailboxes.insert(new Mailbox(UUID.randomUUID(), OPS, 100));

        assertEquals(List.of(new Account(DEV, "dev@example.com")), mailboxes.accountChoices());
    }
}
