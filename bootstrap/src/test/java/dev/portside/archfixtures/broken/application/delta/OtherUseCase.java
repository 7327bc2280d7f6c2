package dev.portside.archfixtures.broken.application.delta;

import dev.portside.archfixtures.broken.application.gamma.UseCaseUsingTheSdk;

/** Breaks: application context packages are free of cycles (delta → gamma → delta). */
public class OtherUseCase {
    UseCaseUsingTheSdk back;
}
