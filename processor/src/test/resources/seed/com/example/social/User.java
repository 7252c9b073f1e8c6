package com.example.social;

import dev.relata.*;

@Model
@Distributed
public record User(@Id long id, String username, @ForeignKey(to = Country.class, onDelete = OnDelete.PROTECT) String country) {}
