package dev.portside.domain.brands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
}
