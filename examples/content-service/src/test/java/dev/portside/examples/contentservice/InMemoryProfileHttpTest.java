package dev.portside.examples.contentservice;

import org.springframework.boot.test.context.SpringBootTest;

/** The service on the in-memory profile (its default), over real HTTP on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InMemoryProfileHttpTest extends ContentServiceHttpContract {
}
