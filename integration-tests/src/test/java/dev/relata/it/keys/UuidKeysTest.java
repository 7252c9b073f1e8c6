package dev.relata.it.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.IntegrityException;
import dev.relata.OneToOneConflictException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** UUID keys, assigned by the caller, and a one-to-one link between two UUID-keyed models. */
class UuidKeysTest {
    // Small UUIDs sort the same way in Java, as text, and as 128-bit numbers (signed or not), so
    // the expected order does not depend on how a database compares UUIDs.
    static final UUID ONE = new UUID(0, 1);
    static final UUID TWO = new UUID(0, 2);
    static final UUID THREE = new UUID(0, 3);

    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.KEYS);

    final AccountDao accounts = new AccountDao(database.db());
    final WalletDao wallets = new WalletDao(database.db());

    @Test
    void insertKeepsTheKeyTheCallerAssigned() {
        UUID key = UUID.randomUUID();

        Account stored = accounts.insert(new Account(key, "ada@example.com"));

        assertEquals(new Account(key, "ada@example.com"), stored);
        assertEquals(Optional.of(stored), accounts.findById(key));
    }

    @Test
    void findByIdIsEmptyForAnUnknownUuid() {
        accounts.insert(new Account(ONE, "ada@example.com"));

        assertEquals(Optional.empty(), accounts.findById(TWO));
    }

    @Test
    void findAllOrdersByKeyNotByInsertion() {
        Account three = accounts.insert(new Account(THREE, "cy@example.com"));
        Account one = accounts.insert(new Account(ONE, "ada@example.com"));
        Account two = accounts.insert(new Account(TWO, "bob@example.com"));

        assertEquals(List.of(one, two, three), accounts.findAll());
    }

    @Test
    void insertAllKeepsTheAssignedKeysInOrder() {
        List<Account> given = List.of(new Account(TWO, "bob@example.com"), new Account(ONE, "ada@example.com"));

        assertEquals(given, accounts.insertAll(given));
        assertEquals(List.of(given.get(1), given.get(0)), accounts.findAll());
    }

    @Test
    void aSecondRowWithTheSameKeyIsRefusedAndChangesNothing() {
        Account ada = accounts.insert(new Account(ONE, "ada@example.com"));

        assertThrows(IntegrityException.class, () -> accounts.insert(new Account(ONE, "impostor@example.com")));

        assertEquals(List.of(ada), accounts.findAll());
    }

    @Test
    void updateAndDeleteFindTheRowByItsUuid() {
        accounts.insert(new Account(ONE, "ada@example.com"));
        Account bob = accounts.insert(new Account(TWO, "bob@example.com"));

        accounts.update(new Account(ONE, "ada@lovelace.example"));
        assertEquals(Optional.of(new Account(ONE, "ada@lovelace.example")), accounts.findById(ONE));

        assertTrue(accounts.deleteById(ONE));
        assertFalse(accounts.deleteById(ONE));
        assertEquals(List.of(bob), accounts.findAll());
        assertTrue(accounts.delete(bob));
        assertEquals(0, accounts.count());
    }

    @Test
    void accessorsFollowAUuidLinkBothWays() {
        Account ada = accounts.insert(new Account(ONE, "ada@example.com"));
        Account bob = accounts.insert(new Account(TWO, "bob@example.com"));
        Wallet wallet = wallets.insert(new Wallet(THREE, ada.id(), 1_000));

        assertEquals(ada, wallets.account(wallet));
        assertEquals(Optional.of(wallet), accounts.wallet(ada));
        assertEquals(Optional.empty(), accounts.wallet(bob));
    }

    @Test
    void batchAccessorsAreKeyedByTheGivenRowsUuids() {
        Account ada = accounts.insert(new Account(ONE, "ada@example.com"));
        Account bob = accounts.insert(new Account(TWO, "bob@example.com"));
        UUID walletKey = UUID.randomUUID();
        Wallet wallet = wallets.insert(new Wallet(walletKey, ada.id(), 1_000));

        assertEquals(Map.of(walletKey, ada), wallets.accountFor(List.of(wallet)));
        assertEquals(Map.of(ada.id(), wallet), accounts.walletFor(List.of(ada, bob)));
    }

    @Test
    void aSecondWalletForTheSameAccountIsRefused() {
        Account ada = accounts.insert(new Account(ONE, "ada@example.com"));
        Wallet first = wallets.insert(new Wallet(TWO, ada.id(), 1_000));

        OneToOneConflictException conflict = assertThrows(OneToOneConflictException.class,
                () -> wallets.insert(new Wallet(THREE, ada.id(), 5)));

        assertEquals("Wallet", conflict.model());
        assertEquals("account", conflict.relation(), "the relation of accountId is named account");
        assertEquals(List.of(first), wallets.findAll());
    }

    @Test
    void theLinkColumnIsNamedAfterTheRelation() {
        Account ada = accounts.insert(new Account(ONE, "ada@example.com"));
        wallets.insert(new Wallet(TWO, ada.id(), 1_000));

        assertEquals(1, ((Number) database.queryValue("SELECT COUNT(*) FROM {wallet} WHERE {account_id} IS NOT NULL"))
                .intValue());
    }

    @Test
    void deletingTheAccountDeletesItsWallet() {
        Account ada = accounts.insert(new Account(ONE, "ada@example.com"));
        wallets.insert(new Wallet(TWO, ada.id(), 1_000));

        assertTrue(accounts.delete(ada));

        assertEquals(0, wallets.count());
    }
}
