package dev.relata.benchmarks.orm;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** {@code User} as a Hibernate entity; {@code profile} is the inverse side of {@link ProfileEntity#getUser()}. */
@Entity(name = "UserEntity")
@Table(name = "user")
public class UserEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "is_staff", nullable = false)
    private boolean isStaff;

    @OneToOne(mappedBy = "user", cascade = CascadeType.REMOVE)
    private ProfileEntity profile;

    protected UserEntity() {}

    /** A reference to an existing row, by key, for linking to it. */
    public static UserEntity withId(long id) {
        UserEntity user = new UserEntity();
        user.id = id;
        return user;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public boolean isStaff() {
        return isStaff;
    }

    public ProfileEntity getProfile() {
        return profile;
    }
}
