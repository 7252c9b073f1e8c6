package dev.relata.benchmarks.orm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** {@code Page} as a Hibernate entity, the root of a JOINED hierarchy ({@link LikeEntity}). */
@Entity(name = "PageEntity")
@Table(name = "page")
@Inheritance(strategy = InheritanceType.JOINED)
public class PageEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id", nullable = false, unique = true)
    private ProfileEntity profile;

    @Column(name = "page_name", nullable = false)
    private String pageName;

    protected PageEntity() {}

    public Long getId() {
        return id;
    }

    public ProfileEntity getProfile() {
        return profile;
    }

    public String getPageName() {
        return pageName;
    }
}
