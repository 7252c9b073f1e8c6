package dev.relata.benchmarks.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;

/**
 * The benchmark's work done with Hibernate, the way its documentation recommends for each job:
 * {@link StatelessSession}s for reads and bulk inserts, fetch joins instead of follow-up selects, IN
 * lists in chunks, JDBC batches, and bulk HQL for deletes the database cascades.
 *
 * <p>{@code profile.page} is the inverse side of a one-to-one, which Hibernate cannot load lazily without
 * bytecode enhancement; every query that returns profiles fetch-joins it, which is cheaper than the
 * follow-up select per profile Hibernate would otherwise issue.
 */
public final class HibernateWork {
    /** Keys per IN list, as the generated code and the hand-written JDBC use. */
    public static final int CHUNK = 1024;

    private static final String PROFILE_BY_USER =
            "select p from ProfileEntity p left join fetch p.page where p.user.id = :user";
    private static final String PROFILES_BY_USERS =
            "select p from ProfileEntity p left join fetch p.page where p.user.id in :users";

    private final SessionFactory sessionFactory;

    public HibernateWork(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /** One user's profile, as one self-contained call. */
    public ProfileEntity profile(long userId) {
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            return profile(session, userId);
        }
    }

    private static ProfileEntity profile(StatelessSession session, long userId) {
        return session.createSelectionQuery(PROFILE_BY_USER, ProfileEntity.class)
                .setParameter("user", userId)
                .getSingleResultOrNull();
    }

    /** Each user's profile, one query per user, in one session. */
    public List<ProfileEntity> profilesOneByOne(List<Long> userIds) {
        List<ProfileEntity> profiles = new ArrayList<>(userIds.size());
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            for (long userId : userIds) {
                ProfileEntity profile = profile(session, userId);
                if (profile != null) {
                    profiles.add(profile);
                }
            }
        }
        return profiles;
    }

    /** The users' profiles keyed by user, in IN queries of up to {@value #CHUNK} keys. */
    public Map<Long, ProfileEntity> profilesFor(List<Long> userIds) {
        Map<Long, ProfileEntity> profiles = new HashMap<>(userIds.size() * 4 / 3 + 1);
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            for (int from = 0; from < userIds.size(); from += CHUNK) {
                List<Long> chunk = userIds.subList(from, Math.min(userIds.size(), from + CHUNK));
                for (ProfileEntity profile : session.createSelectionQuery(PROFILES_BY_USERS, ProfileEntity.class)
                        .setParameter("users", chunk)
                        .getResultList()) {
                    profiles.put(profile.getUser().getId(), profile);
                }
            }
        }
        return profiles;
    }

    /** Inserts the profiles in one transaction, as JDBC batches of {@value Orm#PROFILE_ID_ALLOCATION}. */
    public void insertProfiles(List<ProfileEntity> profiles) {
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            Transaction transaction = session.beginTransaction();
            try {
                for (int from = 0; from < profiles.size(); from += Orm.PROFILE_ID_ALLOCATION) {
                    session.insertMultiple(profiles.subList(from, Math.min(profiles.size(), from + Orm.PROFILE_ID_ALLOCATION)));
                }
                transaction.commit();
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        }
    }

    /**
     * Deletes the users with bulk HQL, one statement per {@value #CHUNK} keys, leaving the cascade to the
     * foreign keys: Hibernate's recommended way to delete many rows.
     */
    public int deleteUsers(List<Long> userIds) {
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            return session.fromTransaction(transaction -> {
                int deleted = 0;
                for (int from = 0; from < userIds.size(); from += CHUNK) {
                    deleted += session.createMutationQuery("delete from UserEntity u where u.id in :ids")
                            .setParameter("ids", userIds.subList(from, Math.min(userIds.size(), from + CHUNK)))
                            .executeUpdate();
                }
                return deleted;
            });
        }
    }

    /**
     * Deletes the users as entities, with Hibernate's own cascade (REMOVE on user.profile and
     * profile.page): loads each chunk of users with their profiles and pages in one query, removes them,
     * and flushes in JDBC batches.
     */
    public int deleteUsersWithEntityCascade(List<Long> userIds) {
        try (Session session = sessionFactory.openSession()) {
            return session.fromTransaction(transaction -> {
                int deleted = 0;
                for (int from = 0; from < userIds.size(); from += CHUNK) {
                    List<UserEntity> users = session.createSelectionQuery(
                                    "select u from UserEntity u left join fetch u.profile p left join fetch p.page where u.id in :ids",
                                    UserEntity.class)
                            .setParameter("ids", userIds.subList(from, Math.min(userIds.size(), from + CHUNK)))
                            .getResultList();
                    for (UserEntity user : users) {
                        session.remove(user);
                    }
                    session.flush();
                    session.clear();
                    deleted += users.size();
                }
                return deleted;
            });
        }
    }

    /** Every Like (with its Page columns, JOINED inheritance), ordered by key, read-only. */
    public List<LikeEntity> likes() {
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            return session.createSelectionQuery("select l from LikeEntity l order by l.id", LikeEntity.class).getResultList();
        }
    }
}
