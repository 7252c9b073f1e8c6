package dev.relata.benchmarks.orm;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * {@code Profile} as a Hibernate entity: owns the link to its user, and is the inverse side of
 * {@link PageEntity#getProfile()}.
 *
 * <p>Keys come from a pooled sequence rather than the table's identity column: Hibernate cannot batch
 * inserts into identity columns, and a sequence with a large allocation is its documented setup for
 * bulk inserts.
 */
@Entity(name = "ProfileEntity")
@Table(name = "profile")
public class ProfileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_ids")
    @SequenceGenerator(name = "profile_ids", sequenceName = "profile_orm_seq", allocationSize = Orm.PROFILE_ID_ALLOCATION)
    @Column(name = "id")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, unique = true)
    private UserEntity user;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "city", nullable = false)
    private String city;

    @OneToOne(mappedBy = "profile", cascade = CascadeType.REMOVE)
    private PageEntity page;

    protected ProfileEntity() {}

    public ProfileEntity(UserEntity user, String name, String city) {
        this.user = user;
        this.name = name;
        this.city = city;
    }

    public Long getId() {
        return id;
    }

    public UserEntity getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public PageEntity getPage() {
        return page;
    }
}
