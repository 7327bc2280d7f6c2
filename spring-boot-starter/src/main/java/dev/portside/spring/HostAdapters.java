package dev.portside.spring;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * A host's own adapters: every bean of the application context that implements a Portside port (an
 * interface of a context's package under {@code dev.portside.domain}, such as
 * {@code dev.portside.domain.content.ContentRepository}) replaces the adapter the configuration picked for
 * that port. The kernel's interfaces (health checks, provisioners, id generators) are not ports and are
 * left alone.
 */
public final class HostAdapters {

    private static final String DOMAIN = "dev.portside.domain.";
    private static final String KERNEL = "dev.portside.domain.kernel";

    private HostAdapters() {
    }

    /**
     * The host's beans, by the port each replaces.
     *
     * @param beans the application's bean factory
     * @return port to the bean that replaces its adapter
     * @throws IllegalStateException when two beans implement the same port
     */
    public static Map<Class<?>, Object> find(ListableBeanFactory beans) {
        Map<Class<?>, String> names = new LinkedHashMap<>();
        for (String name : beans.getBeanNamesForType(Object.class, false, false)) {
            Class<?> type = beans.getType(name, false);
            if (type == null) {
                continue;
            }
            for (Class<?> port : ports(type)) {
                String other = names.putIfAbsent(port, name);
                if (other != null) {
                    throw new IllegalStateException("beans '" + other + "' and '" + name + "' both implement "
                            + port.getName() + ": keep one");
                }
            }
        }
        Map<Class<?>, Object> adapters = new LinkedHashMap<>();
        names.forEach((port, name) -> adapters.put(port, beans.getBean(name)));
        return adapters;
    }

    /**
     * The Guice module binding each port to its host bean.
     *
     * @param adapters port to the host's adapter, as {@link #find} answers
     * @return a module for {@code Portside.start(config, overrides...)}
     */
    public static Module module(Map<Class<?>, Object> adapters) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                adapters.forEach((port, adapter) -> bindPort(binder(), port, adapter));
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> void bindPort(com.google.inject.Binder binder, Class<T> port, Object adapter) {
        binder.bind(port).toInstance((T) adapter);
    }

    /** The ports a type implements, directly or through its supertypes. */
    static Set<Class<?>> ports(Class<?> type) {
        Set<Class<?>> found = new TreeSet<>(java.util.Comparator.comparing(Class::getName));
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Class<?> next = todo.poll();
            if (next.isInterface() && next.getPackageName().startsWith(DOMAIN) && !next.getPackageName().equals(KERNEL)) {
                found.add(next);
            }
            if (next.getSuperclass() != null) {
                todo.add(next.getSuperclass());
            }
            todo.addAll(java.util.List.of(next.getInterfaces()));
        }
        return found;
    }
}
