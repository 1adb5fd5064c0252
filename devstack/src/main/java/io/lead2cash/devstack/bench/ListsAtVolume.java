package io.lead2cash.devstack.bench;

import io.lead2cash.devstack.DevTokens;
import io.lead2cash.devstack.TokenSource;
import io.lead2cash.devstack.suite.SuitePorts;
import io.lead2cash.devstack.suite.VolumeSeed;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The "lists at volume" benchmark ({@code ./lead2cash bench --lists}): on a running suite loaded with
 * {@code ./lead2cash seed --volume N}, drives every list, filter, sort, search, child list and aggregate with wrk over
 * kept-alive connections, through the gateway and straight to the service, and writes p50/p95 per call to
 * docs/benchmarks.md.
 */
public final class ListsAtVolume {

    /** Where docs/benchmarks.md takes new runs of this benchmark, newest first. */
    static final String MARKER = "<!-- ./lead2cash bench --lists adds each run below this line, newest first -->";
    private static final Pattern TOTAL = Pattern.compile("\"totalItems\":(\\d+)");
    private static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]+)\"");
    private static final int CONNECTIONS = 4;

    /** One call measured: what it is, its service, the path, who calls it, and its target p95 in milliseconds. */
    record Call(String kind, String what, String service, String path, String caller, int targetMillis) {
    }

    private final Path root;
    private final Path work;
    private final PrintStream out;
    private final Duration each;
    private final TokenSource tokens;
    /** Only the calls whose kind, description or caller contain this text; null for all of them. */
    private final String only;
    private final SuitePorts ports = SuitePorts.defaults();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ListsAtVolume(Path root, Path data, PrintStream out, boolean quick) {
        this(root, data, out, quick, null);
    }

    /** With {@code only}: the calls whose kind, description or caller contain it (e.g. "rep", "activities"). */
    public ListsAtVolume(Path root, Path data, PrintStream out, boolean quick, String only) {
        this.only = only;
        this.root = root;
        this.work = data.resolve("bench-lists");
        this.out = out;
        this.each = Duration.ofSeconds(quick ? 3 : 8);
        this.tokens = DevTokens.inDirectory(data.resolve("keys"));
    }

    public void run() throws Exception {
        LoadTools tools = LoadTools.find(work);
        // Each caller kind is a pool of users taken in turn, as many people calling at once would be: the gateway's
        // per-user rate limit (100 calls a second) must not be what is measured. The reps are team07's ten, who all
        // see the same records (their own and their team's).
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("manager", pool("manager", "sales-manager", null));
        callers.put("rep", String.join(",", IntStream.range(0, 10).mapToObj(k -> tokens.issue(
                String.format("rep%03d", 7 + 20 * k), List.of("sales-rep"), "team07", Duration.ofHours(2))).toList()));
        // A rep whose team has few records (team21 owns 25 of a million, see the volume scripts) and a new rep who may
        // see none (team91 owns nothing): the access kit must not make PostgreSQL walk a whole sort index for them.
        callers.put("small-team rep", String.join(",", IntStream.range(0, 10).mapToObj(k -> tokens.issue(
                String.format("rep%03d", 201 + k), List.of("sales-rep"), "team21", Duration.ofHours(2))).toList()));
        callers.put("new rep", String.join(",", IntStream.range(0, 10).mapToObj(k -> tokens.issue(
                String.format("rep%03d", 901 + k), List.of("sales-rep"), "team91", Duration.ofHours(2))).toList()));
        callers.put("admin", pool("admin", "admin", null));
        callers.put("clerk", pool("clerk", "billing-clerk", null));
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String list : List.of("leads", "accounts", "contacts", "products", "opportunities", "quotes", "activities",
                "orders", "invoices")) {
            String body = get(ports.of("gateway"), "/api/" + list + "?size=1&count=true", first(callers.get("admin")));
            Matcher total = TOTAL.matcher(body);
            sizes.put(list, total.find() ? Long.parseLong(total.group(1)) : -1);
        }
        out.println("Records: " + sizes);
        List<Call> calls = calls(first(callers.get("admin")), sizes).stream().filter(c -> only == null
                || (c.kind() + " " + c.what() + " " + c.caller()).contains(only)).toList();
        List<String> rows = new ArrayList<>();
        int n = 0;
        for (Call call : calls) {
            n++;
            Map<String, String> env = Map.of("TOKENS", callers.get(call.caller()), "METHOD", "GET", "PATH_TO", call.path());
            // A first run of a new query shape parses and plans it; the measured runs see what users see after.
            tools.wrk("warm-up", "http://localhost:" + ports.of("gateway"), CONNECTIONS, Duration.ofSeconds(each.toSeconds() / 3),
                    "send.lua", env);
            LoadResult gateway = tools.wrk(call.what(), "http://localhost:" + ports.of("gateway"), CONNECTIONS, each,
                    "send.lua", env);
            LoadResult direct = tools.wrk(call.what(), "http://localhost:" + ports.of(call.service()), CONNECTIONS, each,
                    "send.lua", env);
            boolean met = gateway.failed() == 0 && gateway.p95() <= call.targetMillis();
            out.printf("[%2d/%d] %-58s gateway p50 %6.1f p95 %6.1f ms | service p50 %6.1f p95 %6.1f ms%s%n", n,
                    calls.size(), call.what(), gateway.p50(), gateway.p95(), direct.p50(), direct.p95(),
                    gateway.failed() + direct.failed() > 0 ? "  FAILED " + (gateway.failed() + direct.failed()) : "");
            rows.add(String.format("| %s | %s | `%s` | %s | %.1f / %.1f | %.1f / %.1f | ≤ %d | %s |", call.kind(), call.what(),
                    call.path().replaceAll("cursor=[^&]+", "cursor=…"), call.caller(), gateway.p50(), gateway.p95(),
                    direct.p50(), direct.p95(), call.targetMillis(), met ? "met" : "**missed**"));
        }
        write(sizes, rows);
    }

    private String pool(String name, String role, String team) {
        return String.join(",", IntStream.rangeClosed(1, 40).mapToObj(i -> tokens.issue(name + i, List.of(role), team,
                Duration.ofHours(2))).toList());
    }

    private static String first(String pool) {
        return pool.split(",")[0];
    }

    private List<Call> calls(String admin, Map<String, Long> sizes) throws Exception {
        String leadCursor = next(ports.of("gateway"), "/api/leads?size=20&page=499", admin);
        String opportunityCursor = next(ports.of("gateway"), "/api/opportunities?size=20&page=499", admin);
        Map<String, String> ids = sampleIds();
        List<Call> calls = new ArrayList<>();
        int list = 50;
        int aggregate = 200;
        calls.add(new Call("leads", "first page, newest first", "leads-service", "/api/leads?size=20", "manager", list));
        calls.add(new Call("leads", "page 499 (the deepest page number at size 20)", "leads-service", "/api/leads?size=20&page=499",
                "manager", list));
        calls.add(new Call("leads", "next link after record 10,000 (cursor)", "leads-service", leadCursor, "admin", list));
        calls.add(new Call("leads", "a rep's own and team's leads", "leads-service", "/api/leads?size=20", "rep", list));
        calls.add(new Call("leads", "filter: owner", "leads-service", "/api/leads?size=20&ownerId=rep042", "manager", list));
        calls.add(new Call("leads", "filter: open and hot", "leads-service", "/api/leads?size=20&state=OPEN&rating=HOT",
                "manager", list));
        calls.add(new Call("leads", "sort: company", "leads-service", "/api/leads?size=20&sort=companyName", "manager", list));
        calls.add(new Call("leads", "sort: last name, descending", "leads-service", "/api/leads?size=20&sort=-lastName",
                "manager", list));
        calls.add(new Call("leads", "sort: topic", "leads-service", "/api/leads?size=20&sort=topic", "manager", list));
        calls.add(new Call("leads", "sort: last modified", "leads-service", "/api/leads?size=20&sort=-modifiedAt", "manager",
                list));
        calls.add(new Call("leads", "search: company name", "leads-service", "/api/leads?size=20&q=Company%204242",
                "manager", list));
        calls.add(new Call("leads", "search anywhere (*): company name", "leads-service",
                "/api/leads?size=20&q=*Company%204242", "manager", list));
        calls.add(new Call("leads", "search: e-mail", "leads-service", "/api/leads?size=20&q=person77777%40", "manager", list));
        calls.add(new Call("leads", "search by a rep", "leads-service", "/api/leads?size=20&q=Company%204242", "rep", list));
        calls.add(new Call("leads", "count all (count=true)", "leads-service", "/api/leads?size=20&count=true", "manager",
                1000));
        calls.add(new Call("accounts", "first page, by name", "leads-service", "/api/accounts?size=20", "manager", list));
        calls.add(new Call("accounts", "newest first", "leads-service", "/api/accounts?size=20&sort=-createdAt", "manager",
                list));
        calls.add(new Call("accounts", "search: name", "leads-service", "/api/accounts?size=20&q=Company%20424242", "manager",
                list));
        calls.add(new Call("contacts", "first page, by last name", "leads-service", "/api/contacts?size=20", "manager", list));
        calls.add(new Call("contacts", "search: e-mail", "leads-service", "/api/contacts?size=20&q=person77777%40", "manager",
                list));
        calls.add(new Call("contacts", "an account's contacts", "leads-service", "/api/contacts?accountId=" + ids.get("account"),
                "manager", list));
        calls.add(new Call("products", "first page, by number", "catalog-service", "/api/products?size=20", "admin", list));
        calls.add(new Call("products", "filter: active, by name", "catalog-service",
                "/api/products?size=20&state=ACTIVE&sort=name", "admin", list));
        calls.add(new Call("products", "search: name", "catalog-service", "/api/products?size=20&q=model%20424242", "admin",
                list));
        calls.add(new Call("price list items", "a price list's items", "catalog-service",
                "/api/price-lists/" + ids.get("priceList") + "/items?size=20", "admin", list));
        calls.add(new Call("opportunities", "first page, newest first", "opportunity-service", "/api/opportunities?size=20",
                "manager", list));
        calls.add(new Call("opportunities", "next link after record 10,000 (cursor)", "opportunity-service",
                opportunityCursor, "admin", list));
        calls.add(new Call("opportunities", "a rep's own, team's and shared", "opportunity-service",
                "/api/opportunities?size=20", "rep", list));
        calls.add(new Call("opportunities", "filter: open, closing first", "opportunity-service",
                "/api/opportunities?size=20&state=OPEN&sort=estimatedCloseDate", "manager", list));
        calls.add(new Call("opportunities", "sort: biggest first", "opportunity-service",
                "/api/opportunities?size=20&sort=-estimatedRevenue", "manager", list));
        calls.add(new Call("opportunities", "search: topic or customer", "opportunity-service",
                "/api/opportunities?size=20&q=Company%204242", "manager", list));
        calls.add(new Call("quotes", "first page", "opportunity-service", "/api/quotes?size=20", "manager", list));
        calls.add(new Call("quotes", "a rep's quotes", "opportunity-service", "/api/quotes?size=20", "rep", list));
        calls.add(new Call("quotes", "an opportunity's quotes", "opportunity-service",
                "/api/quotes?opportunityId=" + ids.get("opportunity"), "manager", list));
        calls.add(new Call("activities", "first page", "opportunity-service", "/api/activities?size=20", "manager", list));
        calls.add(new Call("activities", "a rep's activities", "opportunity-service", "/api/activities?size=20", "rep", list));
        calls.add(new Call("activities", "search: subject", "opportunity-service", "/api/activities?size=20&q=Company%204242",
                "manager", list));
        calls.add(new Call("orders", "first page", "billing-service", "/api/orders?size=20", "clerk", list));
        calls.add(new Call("orders", "a rep's orders", "billing-service", "/api/orders?size=20", "rep", list));
        calls.add(new Call("orders", "search: number or customer", "billing-service", "/api/orders?size=20&q=Company%204242",
                "clerk", list));
        calls.add(new Call("invoices", "first page", "billing-service", "/api/invoices?size=20", "clerk", list));
        calls.add(new Call("invoices", "filter: unpaid, due first", "billing-service",
                "/api/invoices?size=20&state=ACTIVE&sort=dueDate", "clerk", list));
        calls.add(new Call("invoices", "a rep's invoices", "billing-service", "/api/invoices?size=20", "rep", list));
        for (String[] kind : new String[][] {{"leads", "leads-service"}, {"opportunities", "opportunity-service"},
                {"quotes", "opportunity-service"}, {"activities", "opportunity-service"}, {"orders", "billing-service"},
                {"invoices", "billing-service"}}) {
            calls.add(new Call(kind[0], "a small team's rep (25 of a million)", kind[1], "/api/" + kind[0] + "?size=20",
                    "small-team rep", list));
            calls.add(new Call(kind[0], "a new rep (sees none)", kind[1], "/api/" + kind[0] + "?size=20", "new rep", list));
        }
        calls.add(new Call("child lists", "an opportunity's lines", "opportunity-service",
                "/api/opportunities/" + ids.get("opportunityWithLines") + "/lines", "manager", list));
        calls.add(new Call("child lists", "a quote's lines", "opportunity-service",
                "/api/quotes/" + ids.get("quoteWithLines") + "/lines", "manager", list));
        calls.add(new Call("child lists", "an opportunity's shares", "opportunity-service",
                "/api/opportunities/" + ids.get("sharedOpportunity") + "/shares", "manager", list));
        calls.add(new Call("child lists", "an order's lines", "billing-service",
                "/api/orders/" + ids.get("orderWithLines") + "/lines", "clerk", list));
        calls.add(new Call("child lists", "an invoice's lines", "billing-service",
                "/api/invoices/" + ids.get("invoiceWithLines") + "/lines", "clerk", list));
        calls.add(new Call("child lists", "an invoice's payments", "billing-service",
                "/api/invoices/" + ids.get("paidInvoice") + "/payments", "clerk", list));
        calls.add(new Call("aggregates", "pipeline chart, all open", "opportunity-service", "/api/opportunities/pipeline",
                "manager", aggregate));
        calls.add(new Call("aggregates", "pipeline chart, a rep's", "opportunity-service", "/api/opportunities/pipeline",
                "rep", aggregate));
        java.time.LocalDate today = java.time.LocalDate.now();
        java.time.LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        String forecast = "/api/forecast?currency=EUR&from=" + quarter + "&to=" + quarter.plusMonths(3).minusDays(1);
        calls.add(new Call("aggregates", "forecast and quota, this quarter (EUR)", "opportunity-service", forecast,
                "manager", aggregate));
        calls.add(new Call("aggregates", "forecast and quota, a rep's", "opportunity-service", forecast, "rep", aggregate));
        return calls;
    }

    /** Ids of records that have children, read from each service's database. */
    private static Map<String, String> sampleIds() throws SQLException {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("account", one("leads", "SELECT account_id FROM contact WHERE account_id IS NOT NULL LIMIT 1"));
        ids.put("priceList", one("catalog", "SELECT price_list_id FROM price_list_item GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
        ids.put("opportunity", one("opportunity", "SELECT opportunity_id FROM quote LIMIT 1"));
        ids.put("opportunityWithLines", one("opportunity", "SELECT opportunity_id FROM opportunity_line GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
        ids.put("quoteWithLines", one("opportunity", "SELECT quote_id FROM quote_line GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
        ids.put("sharedOpportunity", one("opportunity", "SELECT record_id FROM record_share WHERE record_type = 'opportunity' LIMIT 1"));
        ids.put("orderWithLines", one("billing", "SELECT order_id FROM sales_order_line GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
        ids.put("invoiceWithLines", one("billing", "SELECT invoice_id FROM invoice_line GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
        ids.put("paidInvoice", one("billing", "SELECT invoice_id FROM payment LIMIT 1"));
        return ids;
    }

    private static String one(String service, String sql) throws SQLException {
        Map<String, String> datasource = VolumeSeed.datasourceFromEnvironment(service + "-service");
        try (Connection c = DriverManager.getConnection(datasource.get("QUARKUS_DATASOURCE_JDBC_URL"),
                datasource.get("QUARKUS_DATASOURCE_USERNAME"), datasource.get("QUARKUS_DATASOURCE_PASSWORD"));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException(service + " has no records for: " + sql
                        + " (load some with ./lead2cash seed --volume N)");
            }
            return rs.getString(1);
        }
    }

    /** The PostgreSQL measured: the embedded server unless the environment names another. */
    private static String database() throws SQLException {
        String version = one("leads", "SHOW server_version").split(" ")[0];
        return System.getenv("LEAD2CASH_DB_URL") == null && System.getenv("LEADS_SERVICE_DB_URL") == null
                ? "embedded PostgreSQL " + version
                : "PostgreSQL " + version + " at " + VolumeSeed.datasourceFromEnvironment("leads-service")
                        .get("QUARKUS_DATASOURCE_JDBC_URL").replaceAll("/[^/]*$", "/");
    }

    private String next(int port, String path, String token) throws Exception {
        Matcher next = NEXT.matcher(get(port, path, token));
        if (!next.find()) {
            throw new IllegalStateException(path + " has no next page: load more records first");
        }
        return next.group(1);
    }

    private String get(int port, String path, String token) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private void write(Map<String, Long> sizes, List<String> rows) throws Exception {
        String date = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        StringBuilder section = new StringBuilder();
        section.append("### ").append(date).append(each.toSeconds() < 8 ? " (--quick: short runs, not for quoting)" : "")
                .append(only == null ? "" : " (--only \"" + only + "\": those calls alone)").append("\n\n");
        section.append(Benchmark.machineLine(root)).append("; ").append(database()).append("; ").append(CONNECTIONS).append(" kept-alive connections per call, ")
                .append(each.toSeconds()).append(" s each through the gateway, then as long straight to the service, on the running suite")
                .append(" (as `./lead2cash up` starts it: C1 JIT, 160 MB heaps). Records: ");
        List<String> counts = new ArrayList<>();
        sizes.forEach((k, v) -> counts.add(String.format("%s %,d", k, v)));
        section.append(String.join(", ", counts)).append(".\n\n");
        section.append("| kind | call | path | as | gateway p50 / p95 ms | service p50 / p95 ms | target p95 ms | |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> section.append(r).append('\n'));
        Path file = root.resolve("docs/benchmarks.md");
        String text = Files.readString(file);
        if (!text.contains(MARKER)) {
            text = text.replace(Benchmark.MARKER, "## Lists at volume, measured by ./lead2cash bench --lists\n\n" + MARKER
                    + "\n\n" + Benchmark.MARKER);
        }
        Files.writeString(file, text.replace(MARKER, MARKER + "\n\n" + section.toString().trim() + "\n"));
        out.println("Figures written to docs/benchmarks.md (Lists at volume).");
    }
}
