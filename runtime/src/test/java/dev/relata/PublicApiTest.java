package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.internal.Engine;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What users see of {@code dev.relata} names nothing of {@code dev.relata.internal}, the generated code's support. */
class PublicApiTest {
    private static final List<Class<?>> PUBLIC_TYPES = List.of(Database.class, Dialect.class, SqlWork.class,
            RelataException.class, IntegrityException.class, TransientException.class, DeleteRefusedException.class,
            ProtectedException.class, RestrictedException.class, OneToOneConflictException.class,
            ChoiceNotAllowedException.class, Reference.class);

    @Test
    void noPublicMemberOfThePublicTypesNamesAnInternalType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : PUBLIC_TYPES) {
            List<Executable> members = new ArrayList<>(List.of(type.getDeclaredConstructors()));
            members.addAll(List.of(type.getDeclaredMethods()));
            for (Executable member : members) {
                if (!Modifier.isPublic(member.getModifiers()) && !Modifier.isProtected(member.getModifiers())) {
                    continue;
                }
                List<Type> types = new ArrayList<>(List.of(member.getGenericParameterTypes()));
                if (member instanceof Method method) {
                    types.add(method.getGenericReturnType());
                }
                for (Type used : types) {
                    if (used.getTypeName().contains("dev.relata.internal")) {
                        leaks.add(type.getSimpleName() + "." + member.getName() + ": " + used.getTypeName());
                    }
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers()) && field.getGenericType().getTypeName().contains("dev.relata.internal")) {
                    leaks.add(type.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void generatedCodeFindsADatabasesEngineAndNobodyElseCanRedirectIt() {
        Database db = Database.of(DataSources.product("PostgreSQL"), Dialect.POSTGRESQL);

        assertSame(Dialect.POSTGRESQL, Engine.of(db).dialect());
        assertSame(db.dataSource(), Engine.of(db).dataSource());
        assertThrows(IllegalStateException.class, () -> Engine.register(database -> null));
        assertThrows(NullPointerException.class, () -> Engine.of(null));
    }
}
