package dev.leadkit.model;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Unmodifiable JSON objects and arrays that leadkit's reader builds from canonical values only, so that a lead's
 * constructor can keep them as they are instead of copying what the reader has just built (measured: about a
 * fifth of the time to read a lead with many unknown properties). Package-private on purpose: the factories keep
 * the caller's map or list, so only the reader, which drops its reference at once, may call them; everyone else's
 * maps and lists are copied by {@link JsonValues}.
 */
final class FrozenJson {
    /** The empty object, shared. */
    static final Map<String, Object> EMPTY_OBJECT = new FrozenObject(new LinkedHashMap<>());

    private FrozenJson() {
    }

    /**
     * Freezes an object the caller built and will not touch again.
     *
     * @param members canonical values only ({@link JsonValues}), nested objects and arrays frozen
     * @return the unmodifiable object
     */
    static Map<String, Object> object(LinkedHashMap<String, Object> members) {
        return new FrozenObject(members);
    }

    /**
     * Freezes an array the caller built and will not touch again.
     *
     * @param items canonical values only, nested objects and arrays frozen
     * @return the unmodifiable array
     */
    static List<Object> array(List<Object> items) {
        return new FrozenArray(items.toArray());
    }

    static boolean isFrozen(Object value) {
        return value instanceof FrozenObject || value instanceof FrozenArray;
    }

    private static UnsupportedOperationException immutable() {
        return new UnsupportedOperationException("leads are immutable: build a new one with toBuilder()");
    }

    /** Reads through to the reader's map; every mutator throws, as the JDK's unmodifiable views do. */
    private static final class FrozenObject extends AbstractMap<String, Object> {
        private final Map<String, Object> members;

        FrozenObject(LinkedHashMap<String, Object> members) {
            this.members = Collections.unmodifiableMap(members);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return members.entrySet();
        }

        @Override
        public Set<String> keySet() {
            return members.keySet();
        }

        @Override
        public Collection<Object> values() {
            return members.values();
        }

        @Override
        public Object get(Object key) {
            return members.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return members.containsKey(key);
        }

        @Override
        public int size() {
            return members.size();
        }

        @Override
        public Object put(String key, Object value) {
            throw immutable();
        }

        @Override
        public Object remove(Object key) {
            throw immutable();
        }

        @Override
        public void putAll(Map<? extends String, ?> m) {
            throw immutable();
        }

        @Override
        public void clear() {
            throw immutable();
        }

        @Override
        public void replaceAll(BiFunction<? super String, ? super Object, ?> function) {
            throw immutable();
        }

        @Override
        public Object putIfAbsent(String key, Object value) {
            throw immutable();
        }

        @Override
        public boolean remove(Object key, Object value) {
            throw immutable();
        }

        @Override
        public boolean replace(String key, Object oldValue, Object newValue) {
            throw immutable();
        }

        @Override
        public Object replace(String key, Object value) {
            throw immutable();
        }

        @Override
        public Object computeIfAbsent(String key, Function<? super String, ?> mapping) {
            throw immutable();
        }

        @Override
        public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> remapping) {
            throw immutable();
        }

        @Override
        public Object compute(String key, BiFunction<? super String, ? super Object, ?> remapping) {
            throw immutable();
        }

        @Override
        public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> remapping) {
            throw immutable();
        }
    }

    /** An array over the reader's items; every mutator throws, as the JDK's unmodifiable views do. */
    private static final class FrozenArray extends AbstractList<Object> implements RandomAccess {
        private final Object[] items;

        FrozenArray(Object[] items) {
            this.items = items;
        }

        @Override
        public Object get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        public List<Object> subList(int from, int to) {
            return Collections.unmodifiableList(super.subList(from, to));
        }

        @Override
        public boolean addAll(Collection<?> c) {
            throw immutable();
        }

        @Override
        public boolean addAll(int index, Collection<?> c) {
            throw immutable();
        }

        @Override
        public boolean remove(Object o) {
            throw immutable();
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            throw immutable();
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            throw immutable();
        }

        @Override
        public boolean removeIf(Predicate<? super Object> filter) {
            throw immutable();
        }

        @Override
        public void replaceAll(UnaryOperator<Object> operator) {
            throw immutable();
        }

        @Override
        public void sort(Comparator<? super Object> c) {
            throw immutable();
        }

        @Override
        public void clear() {
            throw immutable();
        }
    }
}
