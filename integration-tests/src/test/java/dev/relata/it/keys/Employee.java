package dev.relata.it.keys;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/**
 * The classic way to extend a user model in Django:
 * {@code person = models.OneToOneField(Person, on_delete=models.CASCADE, primary_key=True)}. The
 * link is the key, so the caller assigns it: an employee's key is its person's key.
 */
@Model
public record Employee(
        @Id @OneToOneField(to = Person.class, onDelete = OnDelete.CASCADE) long person,
        String title) {}
