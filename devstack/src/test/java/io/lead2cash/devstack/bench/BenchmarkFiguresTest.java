package io.lead2cash.devstack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The benchmark reads its tools' output and draws its chart correctly; the measuring itself runs by hand. */
class BenchmarkFiguresTest {

    @Test
    void wrksResultLineGivesTheRateOfSuccessfulCallsTheirLatenciesAndEveryKindOfFailure() {
        String output = """
                Running 15s test @ http://localhost:8080
                RESULT requests=30000 duration_us=15000000 non2xx=12 connect=1 read=2 write=3 timeout=4 p50=1500 p90=2500 p95=3000 p99=9000 max=120000
                """;
        LoadResult result = LoadResult.fromWrk("gateway", 32, output);
        assertThat(result.succeeded()).isEqualTo(29_988);
        assertThat(result.perSecond()).isEqualTo(1999.2);
        assertThat(result.failed()).isEqualTo(22);
        assertThat(result.p50()).isEqualTo(1.5);
        assertThat(result.p99()).isEqualTo(9.0);
        assertThat(result.max()).isEqualTo(120.0);
        assertThatThrownBy(() -> LoadResult.fromWrk("gateway", 1, "wrk: connection refused"))
                .hasMessageContaining("no RESULT line");
    }

    @Test
    void percentilesAreNearestRankOverTheSample() {
        double[] sorted = new double[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertThat(LoadResult.percentile(sorted, 50)).isEqualTo(50);
        assertThat(LoadResult.percentile(sorted, 99)).isEqualTo(99);
        assertThat(LoadResult.percentile(new double[0], 99)).isZero();
        LoadResult sample = LoadResult.fromLatencies("events", 0, new double[] {30, 10, 20, 40}, 1, 2);
        assertThat(sample.perSecond()).isEqualTo(2);
        assertThat(sample.p50()).isEqualTo(20);
        assertThat(sample.max()).isEqualTo(40);
    }

    @Test
    void aRateIsSteadyWhenItsLastThreeRoundsAgreeAndNoLongerClimb() {
        assertThat(Benchmark.steady(List.of(100.0, 104.0))).isFalse();
        assertThat(Benchmark.steady(List.of(100.0, 104.0, 108.0))).isTrue();
        assertThat(Benchmark.steady(List.of(300.0, 380.0, 438.0, 461.0))).as("still climbing").isFalse();
        assertThat(Benchmark.steady(List.of(380.0, 438.0, 461.0, 470.0, 455.0))).isTrue();
        assertThat(Benchmark.steady(List.of(900.0, 500.0, 510.0, 505.0))).as("below an earlier round").isFalse();
    }

    @Test
    void pgbenchConnectsToTheServerAndDatabaseOfTheJdbcUrl() {
        LoadTools.PgTarget target = LoadTools.PgTarget.of("jdbc:postgresql://db.example:6432/bench_leads", "u", "p");
        assertThat(target.host()).isEqualTo("db.example");
        assertThat(target.port()).isEqualTo(6432);
        assertThat(target.database()).isEqualTo("bench_leads");
        assertThat(LoadTools.PgTarget.of("jdbc:postgresql://localhost/leads", "u", "p").port()).isEqualTo(5432);
    }

    @Test
    void theChartIsWellFormedSvgWithALinePerSeriesAndAPointPerRun() throws Exception {
        List<LoadResult> runs = List.of(
                new LoadResult("gateway", 1, 120, 120, 0, 7, 8, 9, 12, 30),
                new LoadResult("gateway", 8, 900, 900, 0, 8, 10, 12, 20, 40),
                new LoadResult("gateway", 32, 1500, 1500, 0, 20, 30, 35, 60, 90));
        String svg = LatencyChart.svg("Create a lead <test> & more", List.of(
                new LatencyChart.Series("gateway p50", "#1f77b4", false, runs, false),
                new LatencyChart.Series("gateway p99", "#1f77b4", true, runs, true)));
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(6);
        assertThat(svg).contains("&lt;test&gt; &amp; more");
        assertThat(LatencyChart.niceCeiling(1234)).isEqualTo(2000);
        assertThat(LatencyChart.niceCeiling(480)).isEqualTo(500);
    }
}
