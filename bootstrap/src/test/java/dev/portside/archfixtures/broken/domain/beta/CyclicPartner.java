package dev.portside.archfixtures.broken.domain.beta;

import dev.portside.archfixtures.broken.domain.alpha.AggregateUsingGuice;

/** Breaks: context packages are free of cycles (beta → alpha → beta). */
public class CyclicPartner {
    AggregateUsingGuice back;
}
