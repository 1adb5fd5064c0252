package io.lead2cash.platform.api.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** If-Match as the domain sees it: none, missing where required, any, or the versions the caller saw. */
class ETagsTest {

    @Test
    void aRequiredStatementThatIsMissingRefusesTheChangeWith428() {
        assertRefused(ETags.required(null), 3, ProblemType.PRECONDITION_REQUIRED);
        assertRefused(ETags.required("  "), 3, ProblemType.PRECONDITION_REQUIRED);
    }

    @Test
    void anOptionalStatementThatIsMissingChecksNothing() {
        assertThatCode(() -> ETags.optional(null).check(3)).doesNotThrowAnyException();
    }

    @Test
    void aStaleVersionIsRefusedWith412AndTheCurrentETag() {
        ProblemException problem = (ProblemException) org.assertj.core.api.Assertions.catchThrowable(
                () -> ETags.required("\"2\"").check(3));
        assertThat(problem.type()).isEqualTo(ProblemType.PRECONDITION_FAILED);
        assertThat(problem.headers()).containsEntry("ETag", "\"3\"");
    }

    @Test
    void theCurrentVersionWeakOrAmongOthersOrAnyIsAccepted() {
        for (String ifMatch : new String[] {"\"3\"", "W/\"3\"", "\"1\", \"3\"", "*"}) {
            assertThatCode(() -> ETags.required(ifMatch).check(3)).as(ifMatch).doesNotThrowAnyException();
        }
    }

    @Test
    void onlyTheTagsWeIssueCanMatch() {
        for (String ifMatch : new String[] {"3", "\"03\"", "\"3 \"", "\"99999999999999999999\"", "\"-3\""}) {
            assertRefused(ETags.required(ifMatch), 3, ProblemType.PRECONDITION_FAILED);
        }
    }

    private static void assertRefused(ExpectedVersion expected, long current, ProblemType type) {
        assertThatThrownBy(() -> expected.check(current)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).type()).isEqualTo(type);
    }
}
