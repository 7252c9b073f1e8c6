package dev.relata.it.nullable;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Paging;
import dev.relata.Where;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Finders of Device over nullable columns of every kind, and through its nullable link. */
@Finders(Device.class)
public interface DeviceFinders {
    @Where("priority in :priorities or priority is null")
    List<Device> ofPrioritiesOrNone(Collection<Priority> priorities);

    @Where("grade in :grades")
    List<Device> graded(Set<Character> grades);

    @Where("price in :prices")
    List<Device> priced(List<BigDecimal> prices);

    @Where("price < :price")
    List<Device> cheaperThan(BigDecimal price);

    @Where("price = :price")
    List<Device> pricedAt(BigDecimal price);

    @Where("price > :price")
    List<Device> dearerThan(BigDecimal price);

    @Where("token in :tokens or token = :token")
    List<Device> withTokens(Collection<UUID> tokens, UUID token);

    @Where("bought in :days and serviced < :before")
    List<Device> boughtOnAndServicedBefore(Collection<LocalDate> days, LocalDateTime before);

    @Where("seen >= :from and seen < :to")
    List<Device> seenBetween(Instant from, Instant to);

    @Where("owner.name = :name or owner.id is null") @OrderBy("owner.name DESC, name")
    List<Device> ownedByOrUnowned(String name, Paging paging);

    @Where("level in :levels or serialNumber in :levels2")
    long countLevels(Collection<Integer> levels, Collection<Long> levels2);

    @Where("grade = :grade")
    List<Device> gradedAs(char grade);

    @Where("label like :pattern")
    List<Device> labelled(String pattern);

    @Where("token = '00000000-0000-0000-0000-000000000001' or grade = 'ä' or price = 19.990 or bought = '2023-12-31'"
            + " or serviced = '2024-01-15T08:30:00.000001' or seen = '2024-06-01T10:15:30Z' or priority = 'HIGH'"
            + " or label = 'O''Brien \\u0041 $1 */' or weight = 0.25 or active = false or level = -3")
    List<Device> anyLiteral();
}
