package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryBudgetTest {
    @Test
    void allowsMaxRetriesFailuresInARow() {
        RetryBudget budget = new RetryBudget(2);

        assertThat(budget.spend()).isTrue();
        assertThat(budget.spend()).isTrue();
        assertThat(budget.spend()).isFalse();
        assertThat(budget.failures()).isEqualTo(3);
    }

    @Test
    void aSuccessStartsTheCountAfresh() {
        RetryBudget budget = new RetryBudget(1);
        budget.spend();

        budget.reset();

        assertThat(budget.spend()).isTrue();
        assertThat(budget.spend()).isFalse();
    }

    @Test
    void zeroRetriesFailsAtTheFirstFailure() {
        assertThat(new RetryBudget(0).spend()).isFalse();
    }
}
