package dev.relata.benchmarks.orm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** {@code Like} as a Hibernate entity: a {@link PageEntity} subclass in its own table (JOINED inheritance). */
@Entity(name = "LikeEntity")
@Table(name = "like")
@PrimaryKeyJoinColumn(name = "page_ptr_id")
public class LikeEntity extends PageEntity {
    @Column(name = "likes", nullable = false)
    private int likes;

    protected LikeEntity() {}

    public int getLikes() {
        return likes;
    }
}
