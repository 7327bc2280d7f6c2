package dev.portside.bootstrap.circles.migration;

import dev.portside.application.circles.Ports;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;

/** The migration into the in-memory store; its fault is the story store answering Unavailable while broken. */
class InMemorySqliteImportTest extends SqliteImportContract {

    private final AtomicBoolean broken = new AtomicBoolean();

    @Override
    Ports target() {
        Ports p = inMemory();
        StoryRepository stories = p.stories();
        StoryRepository faulty = (StoryRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StoryRepository.class}, (proxy, method, args) -> {
                    if (broken.get() && method.getName().equals("create")) {
                        return Either.left(new Problem.Unavailable("in-memory circles", true, "store broken"));
                    }
                    try {
                        return method.invoke(stories, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new Ports(p.members(), p.circles(), faulty, p.businesses(), p.resources(), p.clock(), p.ids());
    }

    @Override
    void breakStoryWrites(Ports ports) {
        broken.set(true);
    }

    @Override
    void heal(Ports ports) {
        broken.set(false);
    }
}
