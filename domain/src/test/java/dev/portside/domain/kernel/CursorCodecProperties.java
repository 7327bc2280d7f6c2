package dev.portside.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class CursorCodecProperties {

    private final CursorCodec codec = CursorCodec.fromSecret("cursor-test-secret");

    @Provide
    Arbitrary<TenantId> tenants() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-_").ofMinLength(1).ofMaxLength(20)
                .filter(s -> Character.isLetterOrDigit(s.charAt(0))).map(TenantId::new);
    }

    @Property
    void aCursorResumesExactlyThePositionItWasIssuedFor(@ForAll("tenants") TenantId tenant, @ForAll String query,
                                                        @ForAll String position) {
        Cursor cursor = codec.encode(tenant, query, position);

        assertThat(codec.decode(cursor, tenant, query)).isEqualTo(Either.right(position));
    }

    @Property
    void aCursorOfAnotherTenantIsInvalid(@ForAll("tenants") TenantId issuedTo, @ForAll("tenants") TenantId presentedBy,
                                         @ForAll String position) {
        net.jqwik.api.Assume.that(!issuedTo.equals(presentedBy));
        Cursor cursor = codec.encode(issuedTo, "q", position);

        assertThat(codec.decode(cursor, presentedBy, "q").getLeft()).isInstanceOf(Problem.Invalid.class);
    }

    @Property
    void aCursorOfAnotherQueryIsInvalid(@ForAll String issuedFor, @ForAll String presentedFor, @ForAll String position) {
        net.jqwik.api.Assume.that(!issuedFor.equals(presentedFor));
        Cursor cursor = codec.encode(TenantId.DEFAULT, issuedFor, position);

        assertThat(codec.decode(cursor, TenantId.DEFAULT, presentedFor).getLeft()).isInstanceOf(Problem.Invalid.class);
    }

    @Property
    void anAlteredCursorIsInvalid(@ForAll @StringLength(min = 1, max = 50) String position, @ForAll @IntRange(min = 0, max = 200) int at,
                                  @ForAll char replacement) {
        String token = codec.encode(TenantId.DEFAULT, "q", position).token();
        int index = at % token.length();
        net.jqwik.api.Assume.that(token.charAt(index) != replacement);
        String forged = token.substring(0, index) + replacement + token.substring(index + 1);

        Either<Problem, String> decoded = codec.decode(new Cursor(forged), TenantId.DEFAULT, "q");

        assertThat(decoded.isLeft() || decoded.get().equals(position))
                .as("a changed token never yields another position").isTrue();
    }

    @Property
    void aCursorSignedWithAnotherKeyIsInvalid(@ForAll String position) {
        Cursor foreign = CursorCodec.fromSecret("someone-else").encode(TenantId.DEFAULT, "q", position);

        assertThat(codec.decode(foreign, TenantId.DEFAULT, "q").getLeft()).isInstanceOf(Problem.Invalid.class);
    }

    @Property
    void garbageNeverThrowsAndIsInvalid(@ForAll @StringLength(min = 1, max = 300) String garbage) {
        assertThat(codec.decode(new Cursor(garbage), TenantId.DEFAULT, "q").isLeft()).isTrue();
    }

    @Property
    void pagingTheRowsResumesWithoutGapsOrRepeats(@ForAll @net.jqwik.api.constraints.Size(max = 60) java.util.List<@StringLength(min = 1, max = 5) String> raw,
                                                  @ForAll @IntRange(min = 1, max = 10) int limit) {
        java.util.List<String> rows = raw.stream().distinct().sorted().toList();
        java.util.List<String> seen = new java.util.ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        for (int guard = 0; guard <= rows.size(); guard++) {
            String after = codec.resume(request, TenantId.DEFAULT, "q").get().getOrElse("");
            java.util.List<String> read = rows.stream().filter(r -> after.isEmpty() || r.compareTo(after) > 0)
                    .limit(limit + 1L).toList();
            Page<String> page = codec.page(read, request, TenantId.DEFAULT, "q", r -> r);
            assertThat(page.items().size()).isEqualTo(Math.min(limit, read.size()));
            seen.addAll(page.items());
            if (page.next().isEmpty()) {
                break;
            }
            request = request.after(page.next().get());
        }
        assertThat(seen).isEqualTo(rows);
    }

    @Property
    void aFirstPageResumesFromNothing(@ForAll @IntRange(min = 1, max = 1000) int limit) {
        assertThat(codec.resume(PageRequest.first(limit), TenantId.DEFAULT, "q").get().isEmpty()).isTrue();
    }
}
