package dev.portside.domain.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonObjectSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{}", " { } ", "{\"a\":1}", "{\"a\":-0.5e+10,\"b\":[1,2,{\"c\":null}],\"d\":\"x\\u00e9\\n\"}",
        "{\"nested\":{\"t\":true,\"f\":false,\"e\":[]}}", "{\"a\":0,\"b\":1E5,\"c\":\"\\\"\\\\\\/\"}"})
    void well_formed_objects_are_accepted(String json) {
        assertThat(JsonObjectSyntax.problemWith(json)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "[]", "\"text\"", "42", "null", "{", "}", "{\"a\":1,}", "{\"a\" 1}", "{'a':1}", "{a:1}",
        "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":tru}", "{\"a\":\"x}",
        "{\"a\":\"\\x\"}", "{\"a\":\"\\u12g4\"}", "{\"a\":\"tab\there\"}", "{} {}", "{\"a\":1} x",
        "{\"a\":[1,]}", "{\"a\":[1 2]}", "{/*c*/}", "{\"a\":NaN}", "{\"a\":+1}", "{\"a\":\"\\u１２３４\"}"})
    void malformed_or_non_object_documents_are_refused(String json) {
        assertThat(JsonObjectSyntax.problemWith(json)).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void nesting_beyond_the_limit_is_refused_without_overflowing_the_stack() {
        String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThat(JsonObjectSyntax.problemWith(deep)).isNotEmpty();
        String fine = "{\"a\":" + "[".repeat(50) + "]".repeat(50) + "}";
        assertThat(JsonObjectSyntax.problemWith(fine)).isEmpty();
    }

    @Property(tries = 500)
    void every_generated_object_is_accepted(@ForAll("objects") String json) {
        assertThat(JsonObjectSyntax.problemWith(json)).isEmpty();
    }

    @Property(tries = 500)
    void cutting_an_object_short_makes_it_malformed(@ForAll("objects") String json) {
        assertThat(JsonObjectSyntax.problemWith(json.substring(0, json.length() - 1))).isNotEmpty();
    }

    @Provide
    Arbitrary<String> objects() {
        return object(3);
    }

    private Arbitrary<String> object(int depth) {
        Arbitrary<String> key = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6)
                .map(k -> "\"" + k + "\"");
        return Arbitraries.maps(key, value(depth)).ofMaxSize(4)
                .map(JsonObjectSyntaxTest::render);
    }

    private Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().between(-1e6, 1e6).map(String::valueOf),
                Arbitraries.strings().ofMaxLength(8).map(JsonObjectSyntaxTest::quote),
                Arbitraries.of("true", "false", "null"));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.oneOf(scalar, Arbitraries.lazy(() -> object(depth - 1)),
                Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(3)
                        .map(items -> items.stream().collect(Collectors.joining(",", "[", "]"))));
    }

    private static String render(Map<String, String> members) {
        return members.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String quote(String raw) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : raw.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

}
