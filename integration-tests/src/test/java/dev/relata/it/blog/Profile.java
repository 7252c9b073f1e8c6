package dev.relata.it.blog;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/**
 * The seed's profile: {@code user = models.OneToOneField(User, on_delete=models.CASCADE,
 * limit_choices_to={'is_staff': True})}.
 */
@Model
public record Profile(
        @Id long id,
        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "isStaff = true") long user,
        String name,
        String city) {}
