package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;

/** Django's Artist/Album/Song example with PROTECT instead of RESTRICT: the label. */
@Model
public record Label(@Id long id, String name) {}
