package io.lead2cash.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.hibernate.grammars.hql.HqlLexer;
import org.hibernate.grammars.hql.HqlParser;
import org.junit.jupiter.api.Test;

/** The warm-up queries are valid HQL and name every attribute, whatever the number of attributes. */
class QueryParserWarmUpTest {

    private static List<String> syntaxErrors(String hql) {
        List<String> errors = new ArrayList<>();
        HqlParser parser = new HqlParser(new CommonTokenStream(new HqlLexer(CharStreams.fromString(hql))));
        parser.removeErrorListeners();
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int column, String message,
                    RecognitionException e) {
                errors.add(column + ": " + message);
            }
        });
        parser.statement();
        return errors;
    }

    @Test
    void theWarmUpQueriesAreValidHqlNamingEveryAttribute() {
        for (List<String> attributes : List.of(List.of("id"), List.of("id", "state"), List.of("id", "state", "type"),
                List.of("id.opportunityId", "id.principalType", "id.principalId", "access", "position", "version"))) {
            List<String> queries = QueryParserWarmUp.queriesFor("Thing", attributes);
            for (String query : queries) {
                assertThat(syntaxErrors(query)).as(query).isEmpty();
            }
            attributes.forEach(a -> assertThat(queries.get(0)).contains(a + " = :p"));
        }
    }
}
