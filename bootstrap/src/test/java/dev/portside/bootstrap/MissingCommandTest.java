package dev.portside.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every use case of every facade answers a missing command with Invalid, never a NullPointerException. */
class MissingCommandTest {

    @Test
    void everyUseCaseOfEverySixFacadesRefusesANullCommandAsInvalid() throws Exception {
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(Map.of("portside.profile", "inmemory")))) {
            List<Object> useCases = new ArrayList<>(List.of(portside.content(), portside.progress(), portside.records(),
                    portside.records().maintenance(), portside.brands(), portside.community().members(),
                    portside.community().circles(), portside.community().stories(), portside.community().market(),
                    portside.realtime(), portside.realtime().connections(), portside.realtime().requests(),
                    portside.realtime().subscriptions()));
            int checked = 0;
            for (Object facade : useCases) {
                for (Method method : facade.getClass().getMethods()) {
                    if (!Either.class.equals(method.getReturnType()) || Modifier.isStatic(method.getModifiers())
                            || method.getParameterCount() == 0 || method.getParameterTypes()[0].isPrimitive()) {
                        continue;
                    }
                    Object[] arguments = new Object[method.getParameterCount()];
                    for (int i = 1; i < arguments.length; i++) {
                        arguments[i] = defaultFor(method.getParameterTypes()[i]);
                    }
                    Object answer = method.invoke(facade, arguments);
                    assertThat(answer).as(facade.getClass().getSimpleName() + "." + method.getName())
                            .isInstanceOfSatisfying(Either.class, either -> assertThat(either.getLeft())
                                    .isInstanceOf(Problem.Invalid.class));
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(60);
        }
    }

    private static Object defaultFor(Class<?> type) throws Exception {
        if (type.isInterface()) {
            return java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> method.getReturnType().equals(boolean.class) ? false : null);
        }
        return null;
    }
}
