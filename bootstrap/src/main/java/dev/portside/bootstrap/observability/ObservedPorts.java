package dev.portside.bootstrap.observability;

import com.google.inject.Binder;
import com.google.inject.Binding;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.Scope;
import com.google.inject.binder.ScopedBindingBuilder;
import com.google.inject.spi.BindingScopingVisitor;
import com.google.inject.spi.DefaultBindingTargetVisitor;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.InstanceBinding;
import com.google.inject.spi.LinkedKeyBinding;
import com.google.inject.spi.ProviderInstanceBinding;
import com.google.inject.spi.ProviderKeyBinding;
import com.google.inject.name.Names;
import java.lang.annotation.Annotation;

/**
 * Wraps every port an adapter module binds in an {@link ObservedPort}: the adapter's own binding moves to the
 * same type named {@code portside.adapter}, and the port itself is bound to the observed proxy over it, with
 * the same scope. Everything else the module binds (provisioners, health checks, clients) is left as it is.
 */
public final class ObservedPorts {

    private static final String PORTS = "dev.portside.domain.";
    private static final String KERNEL = "dev.portside.domain.kernel.";

    private ObservedPorts() {
    }

    /** {@code adapterModule} itself when telemetry is off; otherwise the same bindings with each port observed. */
    public static Module of(Module adapterModule, String context, String adapter, Telemetry telemetry) {
        if (!telemetry.enabled()) {
            return adapterModule;
        }
        return binder -> {
            for (Element element : Elements.getElements(adapterModule)) {
                if (element instanceof Binding<?> binding && isPort(binding.getKey())) {
                    observe(binder, binding, context, adapter, telemetry);
                } else {
                    element.applyTo(binder);
                }
            }
        };
    }

    static boolean isPort(Key<?> key) {
        Class<?> type = key.getTypeLiteral().getRawType();
        return key.getAnnotationType() == null && type.isInterface() && type.getName().startsWith(PORTS)
                && !type.getName().startsWith(KERNEL);
    }

    private static <T> void observe(Binder binder, Binding<T> binding, String context, String adapter,
                                    Telemetry telemetry) {
        Binder source = binder.withSource(binding.getSource());
        Key<T> raw = Key.get(binding.getKey().getTypeLiteral(), Names.named("portside.adapter"));
        ScopedBindingBuilder rawBinding = binding.acceptTargetVisitor(new DefaultBindingTargetVisitor<T, ScopedBindingBuilder>() {
            @Override
            public ScopedBindingBuilder visit(ProviderInstanceBinding<? extends T> b) {
                return source.bind(raw).toProvider(b.getUserSuppliedProvider());
            }

            @Override
            public ScopedBindingBuilder visit(ProviderKeyBinding<? extends T> b) {
                return source.bind(raw).toProvider(b.getProviderKey());
            }

            @Override
            public ScopedBindingBuilder visit(LinkedKeyBinding<? extends T> b) {
                return source.bind(raw).to(b.getLinkedKey());
            }

            @Override
            public ScopedBindingBuilder visit(InstanceBinding<? extends T> b) {
                source.bind(raw).toInstance(b.getInstance());
                return null;
            }

            @Override
            protected ScopedBindingBuilder visitOther(Binding<? extends T> b) {
                throw new IllegalStateException("cannot observe the binding of " + b.getKey() + ": " + b);
            }
        });
        Provider<T> adapterProvider = source.getProvider(raw);
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) binding.getKey().getTypeLiteral().getRawType();
        ScopedBindingBuilder observed = source.bind(binding.getKey())
                .toProvider(() -> ObservedPort.wrap(type, adapterProvider.get(), context, adapter, telemetry));
        if (rawBinding != null) {
            scopeLike(binding, rawBinding);
        }
        scopeLike(binding, observed);
    }

    private static void scopeLike(Binding<?> binding, ScopedBindingBuilder builder) {
        binding.acceptScopingVisitor(new BindingScopingVisitor<Void>() {
            @Override
            public Void visitEagerSingleton() {
                builder.asEagerSingleton();
                return null;
            }

            @Override
            public Void visitScope(Scope scope) {
                builder.in(scope);
                return null;
            }

            @Override
            public Void visitScopeAnnotation(Class<? extends Annotation> scopeAnnotation) {
                builder.in(scopeAnnotation);
                return null;
            }

            @Override
            public Void visitNoScoping() {
                return null;
            }
        });
    }
}
