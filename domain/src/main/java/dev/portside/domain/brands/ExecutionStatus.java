package dev.portside.domain.brands;

/** The state of a generation workflow run; every state but RUNNING is terminal. */
public enum ExecutionStatus {
    RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED;

    public boolean isTerminal() {
        return this != RUNNING;
    }
}
