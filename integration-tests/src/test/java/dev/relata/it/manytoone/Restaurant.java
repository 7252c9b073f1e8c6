package dev.relata.it.manytoone;

import dev.relata.Column;
import dev.relata.Id;
import dev.relata.Model;

/** Django's one-to-one tests' restaurant, which many waiters work at; its code is unique. */
@Model
public record Restaurant(@Id long id, String name, @Column(unique = true, length = 20) String code) {}
