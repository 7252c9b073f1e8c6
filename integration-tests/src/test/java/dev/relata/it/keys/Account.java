package dev.relata.it.keys;

import dev.relata.Id;
import dev.relata.Model;
import java.util.UUID;

/** A model whose key is a UUID the caller assigns. */
@Model
public record Account(@Id UUID id, String email) {}
