/**
 * Deliberately broken code: each class here breaks one architecture rule, so the rules can be shown
 * to fail (the {@code support} fixture shows what the catch rule allows). Nothing outside
 * {@code ArchitectureTest} uses these classes.
 */
package dev.portside.archfixtures.broken;
