package dev.portside.domain.brands;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/**
 * The ARN of a Step Functions execution, the workflow engine's name for a run:
 * {@code arn:<partition>:states:<region>:<12-digit account>:execution:<state machine>:<execution name>}
 * ({@code express} in place of {@code execution} for express workflows). Names are 1..80 characters without
 * white space, control characters, brackets, wildcards or {@code " # % \ ^ | ~ ` $ & , ; : /}.
 */
public record ExecutionArn(String value) {

    private static final String NAME = "[^\\s\\p{Cntrl}<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/]{1,80}";
    private static final Pattern FORMAT = Pattern.compile("arn:aws(-cn|-us-gov|-iso|-iso-b)?:states:"
            + "[a-z]{2}(-[a-z]+)+-[0-9]:[0-9]{12}:(execution|express):" + NAME + ":" + NAME);
    private static final String SHAPE = "arn:aws:states:<region>:<12-digit account>:execution:<state machine>:"
            + "<execution name>";

    public static Validation<Violation, ExecutionArn> of(String field, String value) {
        if (value == null || value.isBlank()) {
            return Validation.invalid(Violation.of(field, value, "is required"));
        }
        if (value.length() > WorkflowExecution.MAX_ARN || !FORMAT.matcher(value).matches()) {
            return Validation.invalid(Violation.of(field, value, "must be a Step Functions execution ARN (" + SHAPE
                    + ")"));
        }
        return Validation.valid(new ExecutionArn(value));
    }

    @Override
    public String toString() {
        return value;
    }
}
