package dev.portside.domain.brands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How many documents share one key (a status, a category, a day, a confidence range). */
public record Tally<K>(K key, long count) {

    /** One tally per key, in the order of {@code keys}, zero where {@code counts} has none. */
    public static <K> List<Tally<K>> complete(List<K> keys, Map<K, Long> counts) {
        List<Tally<K>> all = new ArrayList<>(keys.size());
        for (K key : keys) {
            all.add(new Tally<>(key, counts.getOrDefault(key, 0L)));
        }
        return List.copyOf(all);
    }

    /** {@code items} counted by {@code key}: one tally per key, in the order of {@code keys}, zeros included. */
    public static <T, K> List<Tally<K>> count(List<K> keys, Stream<T> items, Function<T, K> key) {
        return complete(keys, items.collect(Collectors.groupingBy(key, Collectors.counting())));
    }
}
