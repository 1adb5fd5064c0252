package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.as;

import io.lead2cash.e2e.SalesModel.Caller;
import io.lead2cash.e2e.SalesModel.Deal;
import io.lead2cash.e2e.SalesModel.DealState;
import io.lead2cash.e2e.SalesModel.Lead;
import io.lead2cash.e2e.SalesModel.Level;
import io.lead2cash.e2e.SalesModel.Order;
import io.lead2cash.e2e.SalesModel.Outcome;
import io.lead2cash.e2e.SalesModel.Quote;
import io.lead2cash.e2e.SalesModel.QuoteState;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated sequences of API calls — create, change, share, revoke, assign, qualify, quote, win, lose, reopen, notes,
 * activities, order line edits, repricing, fulfil, bill, pay, credit, refund — by six callers in four roles and two
 * teams, through the gateway. Each call's answer is compared with what {@link SalesModel} says it must be (done, 403,
 * or refused for the record's state), and after every call the records it touched are checked: who reads them (by id,
 * in lists, their notes, activities, timelines, orders and invoices), and whether each document adds up (every
 * line's amount is its quantity times its net price; totals never below zero; one currency per sale; a won deal's
 * revenue is its quote's total; an invoice's amount due and refund due; closed invoices out of receivables).
 *
 * <p>Runs are seeded: a failure prints its seed and the shortest sequence still failing, found by taking steps out
 * (replay with {@code -Dinvariants.seed=<seed>}). {@code -Dinvariants.runs} and {@code -Dinvariants.steps} explore more.
 */
class InvariantsUnderRandomCallsTest {

    private static final int RUNS = Integer.getInteger("invariants.runs", 5);
    private static final int STEPS = Integer.getInteger("invariants.steps", 80);
    private static final Long SEED = Long.getLong("invariants.seed");
    private static final Duration SHRINK_BUDGET = Duration.ofSeconds(Long.getLong("invariants.shrink-seconds", 90));
    private static final String ADDRESS = "12 Rue de la République";

    /** How many calls of each kind answered what (done, 403, refused), over the runs: what the sequences exercised. */
    private static final Map<String, Integer> TALLY = new java.util.TreeMap<>();
    /** One token per caller for the whole test, as a client keeps its token: signing one per call only costs time. */
    private static final Map<Caller, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private static E2eCatalog catalog;
    private static String account;

    /** What a step does; its fields are symbolic (the n-th deal of the run), so a shorter sequence replays. */
    enum Kind {
        NEW_DEAL, QUALIFY, NEW_LEAD, ASSIGN_LEAD, CHANGE_DEAL, SHARE, REVOKE, ASSIGN, ADD_LINE, GENERATE_QUOTE,
        QUOTE_DISCOUNT, ACTIVATE, WIN_QUOTE, CLOSE_DEAL, REOPEN, NOTE_ON_QUOTE, DELETE_DRAFT, ORDER_LINE, REPRICE_ORDER,
        FULFIL, BILL, PAY, CREDIT, REFUND, DEAL_ACTIVITY, LEAD_ACTIVITY
    }

    /** One call of a sequence: who, what, on which record of the run, with which choice. */
    record Step(Kind kind, Caller actor, int target, int choice, boolean flag) {

        @Override
        public String toString() {
            return actor + " " + kind + " #" + target + " choice " + choice + (flag ? " +" : "");
        }
    }

    /** The suite answered otherwise than the model says, or a record does not add up. */
    static final class Violation extends RuntimeException {
        Violation(String message) {
            super(message);
        }
    }

    @BeforeAll
    static void catalogAndCustomer() {
        // Dataverse's products support up to five decimals of quantity; write-ins take the lines' six.
        catalog = E2eCatalog.roastAt("12.35", 5);
        account = E2eCustomer.account("Model customer");
    }

    @Test
    void accessAndMoneyHoldAfterEveryCallOfGeneratedSequences() {
        long first = SEED != null ? SEED : 20261207L;
        int runs = SEED != null ? 1 : RUNS;
        long started = System.nanoTime();
        int calls = 0;
        for (int run = 0; run < runs; run++) {
            long seed = first + run;
            List<Step> steps = new ArrayList<>();
            try {
                new Run(new Random(seed), null, steps).execute(STEPS);
            } catch (Violation violation) {
                throw new AssertionError(report(seed, steps, violation), violation);
            }
            calls += steps.size();
        }
        System.out.printf("Invariants: %d runs, %d generated calls, all as the model says, in %.1f s%n", runs, calls,
                (System.nanoTime() - started) / 1e9);
        System.out.println("Invariants: calls by kind and answer: " + TALLY);
    }

    /** The failure, with the shortest sequence found that still fails. */
    private static String report(long seed, List<Step> steps, Violation violation) {
        List<Step> shortest = shrink(steps);
        StringBuilder text = new StringBuilder("Seed " + seed + " (replay: -Dinvariants.seed=" + seed + "): "
                + violation.getMessage() + "\nFailing sequence (" + steps.size() + " calls):\n");
        steps.forEach(s -> text.append("  ").append(s).append('\n'));
        text.append("Shortest sequence still failing (").append(shortest.size()).append(" calls):\n");
        shortest.forEach(s -> text.append("  ").append(s).append('\n'));
        return text.toString();
    }

    /** Takes steps out while the sequence still fails (any violation), larger chunks first, within a time budget. */
    private static List<Step> shrink(List<Step> failing) {
        long deadline = System.nanoTime() + SHRINK_BUDGET.toNanos();
        List<Step> current = new ArrayList<>(failing);
        for (int chunk = Math.max(1, current.size() / 2); chunk >= 1 && System.nanoTime() < deadline; chunk /= 2) {
            for (int from = 0; from + chunk <= current.size() && System.nanoTime() < deadline; ) {
                List<Step> candidate = new ArrayList<>(current.subList(0, from));
                candidate.addAll(current.subList(from + chunk, current.size()));
                if (fails(candidate)) {
                    current = candidate;
                } else {
                    from += chunk;
                }
            }
            if (chunk == 1) {
                break;
            }
        }
        return current;
    }

    private static boolean fails(List<Step> steps) {
        try {
            new Run(null, steps, new ArrayList<>()).execute(steps.size());
            return false;
        } catch (Violation | AssertionError e) {
            return true;
        }
    }

    /** One sequence against the suite: generated from a seed, or replayed from given steps. */
    private static final class Run {

        private final Random random;
        private final List<Step> replay;
        private final List<Step> done;
        private final SalesModel model = new SalesModel();
        private final String tag = UUID.randomUUID().toString().substring(0, 8);
        private final List<String> phones = List.of(phone(), phone(), phone());

        Run(Random random, List<Step> replay, List<Step> done) {
            this.random = random;
            this.replay = replay;
            this.done = done;
        }

        void execute(int steps) {
            for (int i = 0; i < steps; i++) {
                Step step = replay != null ? replay.get(i) : next();
                done.add(step);
                try {
                    perform(step);
                } catch (Violation v) {
                    throw new Violation("call " + (i + 1) + ", " + step + ": " + v.getMessage());
                }
            }
        }

        // Generation: a kind that applies to the records the run has, a caller, a record and a choice.

        /**
         * The next step: half the time the next natural step of a deal by someone who may take it (so sequences reach
         * quotes, orders, invoices, credit notes and refunds), else any kind of call by anyone.
         */
        private Step next() {
            if (!model.leads.isEmpty() && random.nextInt(10) == 0) {
                // A lead changes hands, or a seller who may not (a teammate of its owner) tries.
                List<Caller> sellers = Caller.sellers();
                return new Step(Kind.ASSIGN_LEAD, sellers.get(random.nextInt(sellers.size())),
                        random.nextInt(model.leads.size()), random.nextInt(4), false);
            }
            if (model.deals.isEmpty() || random.nextInt(10) == 0) {
                // New business: a deal opened directly (by anyone: some may not, some name an unknown customer) or a
                // lead qualified by a seller (a repeated phone is a duplicate customer).
                Caller[] callers = Caller.values();
                return random.nextBoolean()
                        ? new Step(Kind.NEW_DEAL, callers[random.nextInt(callers.length)], 0, random.nextInt(4),
                                random.nextInt(3) > 0)
                        : new Step(Kind.QUALIFY, Caller.sellers().get(random.nextInt(4)), 0, random.nextInt(4),
                                random.nextBoolean());
            }
            if (random.nextInt(100) < 60) {
                return progress();
            }
            return anyCall();
        }

        /** The step a deal's story would take next, by its owner (or the back office for its order and invoice). */
        private Step progress() {
            // A deal with an order half the time, else the newest half the time, so stories reach invoices,
            // payments, credit notes and refunds.
            List<Integer> ordered = new ArrayList<>();
            for (int i = 0; i < model.deals.size(); i++) {
                if (model.deals.get(i).order != null) {
                    ordered.add(i);
                }
            }
            int target = !ordered.isEmpty() && random.nextBoolean() ? ordered.get(random.nextInt(ordered.size()))
                    : random.nextBoolean() ? model.deals.size() - 1 : random.nextInt(model.deals.size());
            Deal deal = model.deals.get(target);
            Caller owner = Caller.sellers().stream().filter(c -> c.user.equals(deal.owner)).findFirst().orElse(Caller.MARIA);
            Caller office = random.nextBoolean() ? Caller.BEN : Caller.MARIA;
            List<Quote> live = deal.quotes.stream().filter(q -> !q.deleted).toList();
            int drafts = indexOf(live, q -> q.state == QuoteState.DRAFT && q.lines > 0);
            int active = indexOf(live, q -> q.state == QuoteState.ACTIVE);
            if (random.nextInt(3) == 0) {
                return aside(deal, target, owner, live);
            }
            if (deal.order != null) {
                if (deal.order.credited && random.nextBoolean()) {
                    // A credited deal changes hands, mostly to another team: its credit notes go with it.
                    List<Integer> otherTeam = repsOfAnotherTeam(deal);
                    int to = !otherTeam.isEmpty() && random.nextInt(4) > 0 ? otherTeam.get(random.nextInt(otherTeam.size()))
                            : random.nextInt(4);
                    return new Step(Kind.ASSIGN, random.nextBoolean() ? owner : Caller.MARIA, target, to, false);
                }
                if (random.nextInt(4) == 0) {
                    // Someone the deal is shared with tries its order (a READ share reads it only), fulfilled or not.
                    return new Step(random.nextBoolean() ? Kind.ORDER_LINE : Kind.REPRICE_ORDER, grantee(deal), target,
                            random.nextInt(4), random.nextInt(3) > 0);
                }
                List<Kind> next = !deal.order.fulfilled ? List.of(Kind.ORDER_LINE, Kind.REPRICE_ORDER, Kind.FULFIL, Kind.FULFIL)
                        : !deal.order.invoiceSent ? List.of(Kind.BILL, Kind.BILL, Kind.PAY, Kind.CREDIT)
                        : !deal.order.credited ? List.of(Kind.PAY, Kind.CREDIT, Kind.CREDIT, Kind.REFUND)
                        : List.of(Kind.PAY, Kind.PAY, Kind.CREDIT, Kind.CREDIT, Kind.REFUND);
                Kind kind = next.get(random.nextInt(next.size()));
                Caller actor = kind == Kind.ORDER_LINE && random.nextBoolean() ? owner : office;
                return new Step(kind, actor, target, random.nextInt(4), random.nextInt(3) > 0);
            }
            if (!deal.open()) {
                return new Step(Kind.REOPEN, owner, target, 0, false);
            }
            if (deal.lines == 0) {
                // Some deals are quoted before they have lines: an empty quote whose currency and discount still count.
                if (deal.quotes.isEmpty() && random.nextInt(3) == 0) {
                    return new Step(Kind.GENERATE_QUOTE, owner, target, 0, true);
                }
                if (!deal.quotes.isEmpty()) {
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            return new Step(Kind.CHANGE_DEAL, owner, target, 0, true);
                        }
                        case 1 -> {
                            // A header discount on the empty quote, by one who may discount beyond the free share.
                            return new Step(Kind.QUOTE_DISCOUNT, Caller.MARIA, target, 0, true);
                        }
                        default -> { }
                    }
                }
                return new Step(Kind.ADD_LINE, owner, target, random.nextInt(4), true);
            }
            if (active >= 0) {
                // Sometimes a second offer is drafted beside the active one before the customer accepts.
                return random.nextInt(3) == 0 ? new Step(Kind.GENERATE_QUOTE, owner, target, 0, true)
                        : new Step(Kind.WIN_QUOTE, owner, target, active, random.nextInt(5) > 0);
            }
            if (drafts >= 0) {
                // A priced draft is discounted (mostly within the free share), noted, given up if noted, or offered.
                return switch (random.nextInt(6)) {
                    case 0 -> new Step(Kind.QUOTE_DISCOUNT, owner, target, drafts, random.nextInt(3) > 0);
                    case 1 -> new Step(Kind.NOTE_ON_QUOTE, noteWriter(deal, owner), target, drafts, false);
                    case 2 -> live.get(drafts).notes.isEmpty() ? new Step(Kind.ACTIVATE, owner, target, drafts, true)
                            : new Step(Kind.DELETE_DRAFT, owner, target, drafts, false);
                    default -> new Step(Kind.ACTIVATE, owner, target, drafts, true);
                };
            }
            return new Step(Kind.GENERATE_QUOTE, owner, target, 0, true);
        }

        /**
         * A call beside the deal's story, by whoever it concerns: shared, assigned, changed, noted, discounted, closed
         * around its quotes, a draft deleted.
         */
        private Step aside(Deal deal, int target, Caller owner, List<Quote> live) {
            List<Kind> kinds = new ArrayList<>(List.of(Kind.SHARE, Kind.SHARE, Kind.ASSIGN, Kind.CHANGE_DEAL,
                    Kind.DEAL_ACTIVITY));
            if (!live.isEmpty()) {
                kinds.addAll(List.of(Kind.NOTE_ON_QUOTE, Kind.QUOTE_DISCOUNT));
            }
            if (deal.open() && !deal.onOffer().isEmpty()) {
                kinds.add(Kind.CLOSE_DEAL);
            }
            if (live.stream().anyMatch(q -> q.state == QuoteState.DRAFT)) {
                kinds.add(Kind.DELETE_DRAFT);
            }
            if (live.stream().anyMatch(q -> q.state == QuoteState.DRAFT && !q.notes.isEmpty())) {
                kinds.addAll(List.of(Kind.DELETE_DRAFT, Kind.DELETE_DRAFT));
            }
            Kind kind = kinds.get(random.nextInt(kinds.size()));
            List<Integer> unseen = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if (SalesModel.onDeal(Caller.reps().get(i), deal) == Level.NONE) {
                    unseen.add(i);
                }
            }
            if (kind == Kind.SHARE && !unseen.isEmpty() && random.nextBoolean()) {
                // Shared for reading with a rep of another team: what may they do with it and what follows it?
                return new Step(kind, owner, target, unseen.get(random.nextInt(unseen.size())), false);
            }
            List<Integer> otherTeam = repsOfAnotherTeam(deal);
            if (kind == Kind.SHARE && !otherTeam.isEmpty() && random.nextBoolean()) {
                // Shared for writing with a rep of another team, who then writes on it: their teammates see none of it.
                return new Step(kind, owner, target, otherTeam.get(random.nextInt(otherTeam.size())), true);
            }
            int drafted = indexOf(live, q -> q.state == QuoteState.DRAFT && !q.notes.isEmpty());
            if (kind == Kind.DELETE_DRAFT && drafted >= 0) {
                // The draft that has notes: deleting it takes them.
                return new Step(kind, owner, target, drafted, false);
            }
            Caller actor = switch (kind) {
                case ASSIGN -> random.nextBoolean() ? owner : Caller.MARIA;
                case NOTE_ON_QUOTE -> noteWriter(deal, owner);
                case DEAL_ACTIVITY, QUOTE_DISCOUNT -> random.nextBoolean() ? owner : holder(deal);
                default -> owner;
            };
            int draft = indexOf(live, q -> q.state == QuoteState.DRAFT);
            boolean onDraft = kind == Kind.NOTE_ON_QUOTE || kind == Kind.QUOTE_DISCOUNT;
            int choice = onDraft && draft >= 0 && random.nextInt(4) > 0 ? draft : random.nextInt(4);
            return new Step(kind, actor, target, choice, random.nextBoolean());
        }

        /** The reps (by their index in {@code Caller.reps()}) of a team other than the deal's. */
        private static List<Integer> repsOfAnotherTeam(Deal deal) {
            List<Integer> others = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if (!Caller.reps().get(i).team.equals(deal.team)) {
                    others.add(i);
                }
            }
            return others;
        }

        /**
         * A seller of another team who may change the deal (a manager, or a rep it is shared with for writing), whose
         * teammates must not read the note; else the owner or one the deal is shared with.
         */
        private Caller noteWriter(Deal deal, Caller owner) {
            List<Caller> others = Caller.sellers().stream().filter(c -> !c.team.equals(deal.team)
                    && SalesModel.onDeal(c, deal).compareTo(Level.WRITE) >= 0).toList();
            return !others.isEmpty() ? others.get(random.nextInt(others.size()))
                    : random.nextBoolean() ? owner : holder(deal);
        }

        /** A seller the deal is shared with, at any level, else any seller. */
        private Caller holder(Deal deal) {
            List<Caller> holders = Caller.sellers().stream().filter(c -> deal.userShares.containsKey(c.user)
                    || deal.teamShares.containsKey(c.team)).toList();
            List<Caller> from = holders.isEmpty() ? Caller.sellers() : holders;
            return from.get(random.nextInt(from.size()));
        }

        /** A seller who reads the deal only, else one it is shared with (as a user or through a team), else any. */
        private Caller grantee(Deal deal) {
            List<Caller> readers = Caller.sellers().stream()
                    .filter(c -> SalesModel.onDeal(c, deal) == Level.READ).toList();
            return readers.isEmpty() ? holder(deal) : readers.get(random.nextInt(readers.size()));
        }

        private static int indexOf(List<Quote> quotes, java.util.function.Predicate<Quote> wanted) {
            for (int i = 0; i < quotes.size(); i++) {
                if (wanted.test(quotes.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        /** Any kind of call that applies to the records the run has, by any caller. */
        private Step anyCall() {
            List<Kind> kinds = new ArrayList<>(List.of(Kind.NEW_DEAL, Kind.QUALIFY, Kind.NEW_LEAD));
            if (!model.leads.isEmpty()) {
                kinds.addAll(List.of(Kind.ASSIGN_LEAD, Kind.LEAD_ACTIVITY, Kind.LEAD_ACTIVITY));
            }
            if (!model.deals.isEmpty()) {
                for (int weight = 0; weight < 3; weight++) {
                    kinds.addAll(List.of(Kind.CHANGE_DEAL, Kind.SHARE, Kind.ADD_LINE, Kind.GENERATE_QUOTE, Kind.ACTIVATE,
                            Kind.WIN_QUOTE, Kind.DEAL_ACTIVITY));
                }
                kinds.addAll(List.of(Kind.REVOKE, Kind.ASSIGN, Kind.QUOTE_DISCOUNT, Kind.CLOSE_DEAL, Kind.REOPEN,
                        Kind.NOTE_ON_QUOTE, Kind.DELETE_DRAFT));
            }
            if (model.deals.stream().anyMatch(d -> d.order != null)) {
                for (int weight = 0; weight < 2; weight++) {
                    kinds.addAll(List.of(Kind.ORDER_LINE, Kind.FULFIL, Kind.BILL, Kind.PAY, Kind.CREDIT));
                }
                kinds.addAll(List.of(Kind.REPRICE_ORDER, Kind.REFUND));
            }
            Kind kind = kinds.get(random.nextInt(kinds.size()));
            Caller[] callers = Caller.values();
            Caller actor = callers[random.nextInt(callers.length)];
            int target = switch (kind) {
                case NEW_DEAL, QUALIFY, NEW_LEAD -> 0;
                case ASSIGN_LEAD, LEAD_ACTIVITY -> random.nextInt(model.leads.size());
                case ORDER_LINE, REPRICE_ORDER, FULFIL, BILL, PAY, CREDIT, REFUND -> {
                    List<Integer> billed = new ArrayList<>();
                    for (int i = 0; i < model.deals.size(); i++) {
                        if (model.deals.get(i).order != null) {
                            billed.add(i);
                        }
                    }
                    yield billed.get(random.nextInt(billed.size()));
                }
                default -> random.nextInt(model.deals.size());
            };
            return new Step(kind, actor, target, random.nextInt(4), random.nextInt(3) > 0);
        }

        // Execution: the call, its expected outcome, the state the model keeps, then the checks.

        private void perform(Step s) {
            switch (s.kind()) {
                case NEW_DEAL -> newDeal(s);
                case QUALIFY -> qualify(s);
                case NEW_LEAD -> newLead(s);
                case ASSIGN_LEAD, LEAD_ACTIVITY -> {
                    // A shortened sequence may have lost the step that made the lead.
                    if (s.target() < model.leads.size()) {
                        if (s.kind() == Kind.ASSIGN_LEAD) {
                            assignLead(s);
                        } else {
                            leadActivity(s);
                        }
                    }
                }
                default -> {
                    if (s.target() >= model.deals.size()) {
                        return;
                    }
                    Deal deal = model.deals.get(s.target());
                    switch (s.kind()) {
                        case CHANGE_DEAL -> changeDeal(s, deal);
                        case SHARE -> share(s, deal);
                        case REVOKE -> revoke(s, deal);
                        case ASSIGN -> assign(s, deal);
                        case ADD_LINE -> addLine(s, deal);
                        case GENERATE_QUOTE -> generateQuote(s, deal);
                        case QUOTE_DISCOUNT -> quoteDiscount(s, deal);
                        case ACTIVATE -> activate(s, deal);
                        case WIN_QUOTE -> winQuote(s, deal);
                        case CLOSE_DEAL -> closeDeal(s, deal);
                        case REOPEN -> reopen(s, deal);
                        case NOTE_ON_QUOTE -> noteOnQuote(s, deal);
                        case DELETE_DRAFT -> deleteDraft(s, deal);
                        case DEAL_ACTIVITY -> dealActivity(s, deal);
                        default -> {
                            if (deal.order == null) {
                                return;
                            }
                            switch (s.kind()) {
                                case ORDER_LINE -> orderLine(s, deal);
                                case REPRICE_ORDER -> repriceOrder(s, deal);
                                case FULFIL -> fulfil(s, deal);
                                case BILL -> bill(s, deal);
                                case PAY -> pay(s, deal);
                                case CREDIT -> credit(s, deal);
                                case REFUND -> refund(s, deal);
                                default -> throw new IllegalStateException(s.kind().name());
                            }
                        }
                    }
                    check(deal, s.kind());
                }
            }
        }

        private void newDeal(Step s) {
            boolean unknownCustomer = s.choice() == 3;
            boolean eur = s.choice() != 1;
            // Quick find matches the beginning: "-1-deal" is not the beginning of "-10-deal".
            String topic = "Model-" + tag + "-" + model.deals.size() + "-deal";
            boolean system = s.flag();
            String body = """
                    {"topic": "%s", "customerType": "ACCOUNT", "customerId": "%s", "currency": "%s", "priceListId": %s,
                     "estimatedRevenue": 1000, "revenueSystemCalculated": %s}""".formatted(topic,
                    unknownCustomer ? UUID.randomUUID().toString() : account, eur ? "EUR" : "USD",
                    eur ? "\"" + catalog.priceListId() + "\"" : "null", system);
            Outcome expected = !Caller.sellers().contains(s.actor()) ? Outcome.FORBIDDEN
                    : unknownCustomer ? Outcome.REFUSED : Outcome.OK;
            var answer = expect(s.actor(), "POST", "/api/opportunities", body, expected);
            if (answer.statusCode() == 201) {
                Deal deal = new Deal(answer.path("id"), topic, s.actor(), eur ? "EUR" : "USD", system, false);
                model.deals.add(deal);
                check(deal, s.kind());
            }
        }

        private void qualify(Step s) {
            if (!Caller.sellers().contains(s.actor())) {
                return;
            }
            boolean b2c = s.flag() && s.choice() % 2 == 0;
            Lead lead = createLead(s.actor(), phones.get(s.choice() % phones.size()), b2c);
            Outcome expected = model.customerPhones.contains(lead.phone) ? Outcome.REFUSED : Outcome.OK;
            var answer = expect(s.actor(), "POST", "/api/leads/" + lead.id + "/qualify", """
                    {"opportunity": {"priceListId": "%s", "currency": "EUR"}}""".formatted(catalog.priceListId()),
                    expected);
            if (answer.statusCode() != 200) {
                return;
            }
            lead.qualified = true;
            model.customerPhones.add(lead.phone);
            String[] opportunity = new String[1];
            awaitTrue("the qualified lead's opportunity is opened", Duration.ofSeconds(30), () -> {
                opportunity[0] = call(Caller.MARIA, "GET", "/api/opportunities?originatingLeadId=" + lead.id, null)
                        .path("items[0].id");
                return opportunity[0] != null;
            });
            String topic = call(Caller.MARIA, "GET", "/api/opportunities/" + opportunity[0], null).path("topic");
            Deal deal = new Deal(opportunity[0], topic, s.actor(), "EUR", true, b2c);
            deal.owner = lead.owner;
            deal.team = lead.team;
            model.deals.add(deal);
            check(deal, s.kind());
        }

        private void newLead(Step s) {
            if (Caller.sellers().contains(s.actor())) {
                createLead(s.actor(), phone(), s.flag());
            }
        }

        private Lead createLead(Caller owner, String phone, boolean b2c) {
            String unique = UUID.randomUUID().toString().substring(0, 8);
            String topic = "Model-" + tag + "-lead-" + unique;
            String id = call(owner, "POST", "/api/leads?overrideDuplicates=true", """
                    {"topic": "%s", "firstName": "Ana", "lastName": "Silva %s", %s"email": "ana.%s@model.example",
                     "phone": "%s", "street1": "%s", "postalCode": "69002", "city": "Lyon", "country": "France"}"""
                    .formatted(topic, unique, b2c ? "" : "\"companyName\": \"Model company " + unique + "\", ", unique,
                            phone, ADDRESS), 201).path("id");
            Lead lead = new Lead(id, phone, owner);
            model.leads.add(lead);
            return lead;
        }

        private void assignLead(Step s) {
            Lead lead = model.leads.get(s.target());
            Caller to = Caller.reps().get(s.choice() % 3);
            Outcome expected = SalesModel.manage(SalesModel.onLead(s.actor(), lead));
            if (s.actor() == Caller.BEN) {
                expected = Outcome.FORBIDDEN;
            }
            var answer = expect(s.actor(), "POST", "/api/leads/" + lead.id + "/assign",
                    "{\"ownerId\": \"" + to.user + "\", \"owningTeam\": \"" + to.team + "\"}", expected);
            if (answer.statusCode() == 200) {
                lead.owner = to.user;
                lead.team = to.team;
            }
            for (Caller c : Caller.values()) {
                boolean reads = SalesModel.reads(SalesModel.onLead(c, lead)) && c != Caller.BEN;
                status(c, "GET", "/api/leads/" + lead.id, reads ? 200 : 403, "lead " + lead.id);
            }
            if (answer.statusCode() == 200) {
                // The opportunity-service learns the new owner from the leads topic, moments later: the lead's timeline
                // says when (and later steps act on what it knows).
                forEachCaller(Caller.values(), c -> {
                    if (c != Caller.BEN) {
                        eventually(c, "/api/leads/" + lead.id + "/timeline",
                                SalesModel.reads(SalesModel.onLead(c, lead)) ? 200 : 403, c + " reads lead " + lead.id
                                        + "'s timeline (" + lead.owner + "/" + lead.team + ")");
                    }
                });
                activitiesRead(lead.id, lead.activities, c -> SalesModel.reads(SalesModel.onLead(c, lead)),
                        "lead " + lead.id + " (" + lead.owner + "/" + lead.team + ")");
            }
        }

        /** A task regarding a lead, once the opportunity-service knows the lead: by whoever may change the lead. */
        private void leadActivity(Step s) {
            Lead lead = model.leads.get(s.target());
            Outcome expected = Caller.sellers().contains(s.actor())
                    ? SalesModel.change(SalesModel.onLead(s.actor(), lead), true) : Outcome.FORBIDDEN;
            if (expected != Outcome.FORBIDDEN) {
                awaitTrue("the opportunity-service knows lead " + lead.id, Duration.ofSeconds(30), () ->
                        call(Caller.MARIA, "GET", "/api/leads/" + lead.id + "/timeline", null).statusCode() == 200);
            }
            var answer = expect(s.actor(), "POST", "/api/activities", """
                    {"type": "TASK", "regardingType": "LEAD", "regardingId": "%s", "subject": "Call the lead"}"""
                    .formatted(lead.id), expected);
            if (answer.statusCode() == 201) {
                lead.activities.add(new SalesModel.Activity(answer.path("id"), s.actor().user));
                activitiesRead(lead.id, lead.activities, c -> SalesModel.reads(SalesModel.onLead(c, lead)),
                        "lead " + lead.id + " (" + lead.owner + "/" + lead.team + ")");
            }
        }

        /** A task regarding the deal: by whoever may change it, while it is open. */
        private void dealActivity(Step s, Deal deal) {
            Outcome expected = Caller.sellers().contains(s.actor()) ? writeOnDeal(s.actor(), deal, deal.open())
                    : Outcome.FORBIDDEN;
            var answer = expect(s.actor(), "POST", "/api/activities", """
                    {"type": "TASK", "regardingType": "OPPORTUNITY", "regardingId": "%s", "subject": "Call the buyer"}"""
                    .formatted(deal.id), expected);
            if (answer.statusCode() == 201) {
                deal.activities.add(new SalesModel.Activity(answer.path("id"), s.actor().user));
            }
        }

        /**
         * Who reads each activity regarding the record — its owner, and whoever reads the record — by id and in the
         * activities list, for every caller but the clerk (whose roles read no activity).
         */
        private void activitiesRead(String regarding, List<SalesModel.Activity> activities,
                java.util.function.Predicate<Caller> readsRecord, String what) {
            if (activities.isEmpty()) {
                return;
            }
            forEachCaller(Caller.values(), c -> {
                if (c == Caller.BEN) {
                    return;
                }
                List<String> readable = activities.stream().filter(a -> a.owner.equals(c.user) || readsRecord.test(c))
                        .map(a -> a.id).sorted().toList();
                List<String> listed = call(c, "GET", "/api/activities?size=50&regardingId=" + regarding, null)
                        .<List<String>>path("items.id").stream().sorted().toList();
                if (!listed.equals(readable)) {
                    throw new Violation(c + " lists the activities regarding " + what + ": " + listed
                            + ", the model says " + readable);
                }
                for (SalesModel.Activity a : activities) {
                    status(c, "GET", "/api/activities/" + a.id, readable.contains(a.id) ? 200 : 403,
                            c + " reads activity " + a.id + " (" + a.owner + "'s) regarding " + what);
                }
            });
        }

        private void changeDeal(Step s, Deal deal) {
            JsonPath now = call(Caller.MARIA, "GET", "/api/opportunities/" + deal.id, null).jsonPath();
            String etag = call(Caller.MARIA, "GET", "/api/opportunities/" + deal.id, null).header("ETag");
            boolean newCurrency = s.choice() == 0;
            boolean toSystem = s.choice() == 1;
            String currency = newCurrency ? (deal.currency.equals("EUR") ? "USD" : "EUR") : deal.currency;
            String body = """
                    {"topic": "%s", "customerType": "%s", "customerId": "%s", "currency": "%s", "priceListId": %s,
                     "estimatedRevenue": 1000, "revenueSystemCalculated": %s}""".formatted(deal.topic,
                    now.getString("customerType"), now.getString("customerId"), currency,
                    currency.equals("EUR") ? "\"" + catalog.priceListId() + "\"" : "null", toSystem || deal.systemRevenue);
            Level level = SalesModel.onDeal(s.actor(), deal);
            Outcome expected = SalesModel.change(level, deal.open()
                    && !(newCurrency && (deal.lines > 0 || !deal.quotes.isEmpty())));
            if (s.actor() == Caller.ERP) {
                expected = Outcome.FORBIDDEN;
            }
            var answer = call(s.actor(), "PUT", "/api/opportunities/" + deal.id, body, etag);
            verdict(answer, expected, s.actor() + " PUT opportunity " + deal.id);
            if (answer.statusCode() == 200) {
                deal.currency = currency;
                deal.systemRevenue = toSystem || deal.systemRevenue;
            }
        }

        private void share(Step s, Deal deal) {
            boolean team = s.choice() == 3;
            Caller with = Caller.reps().get(s.choice() % 3);
            String grantee = team ? "south" : with.user;
            Level level = s.flag() ? Level.WRITE : Level.READ;
            var answer = expect(s.actor(), "POST", "/api/opportunities/" + deal.id + "/shares", """
                    {"principalType": "%s", "principalId": "%s", "access": "%s"}""".formatted(team ? "TEAM" : "USER",
                    grantee, s.flag() ? "READ_WRITE" : "READ"), managing(s.actor(), deal));
            if (answer.statusCode() == 200) {
                (team ? deal.teamShares : deal.userShares).put(grantee, level);
            }
        }

        private void revoke(Step s, Deal deal) {
            boolean team = s.choice() == 3;
            String grantee = team ? "south" : Caller.reps().get(s.choice() % 3).user;
            boolean exists = (team ? deal.teamShares : deal.userShares).containsKey(grantee);
            Outcome expected = managing(s.actor(), deal);
            var answer = call(s.actor(), "DELETE", "/api/opportunities/" + deal.id + "/shares/" + (team ? "TEAM" : "USER")
                    + "/" + grantee, null);
            if (expected == Outcome.OK && !exists) {
                statusIs(answer, 404, s.actor() + " revokes a share that is not there");
                return;
            }
            verdict(answer, expected, s.actor() + " revokes the share of " + deal.id + " with " + grantee);
            if (answer.statusCode() == 204) {
                (team ? deal.teamShares : deal.userShares).remove(grantee);
            }
        }

        private Outcome managing(Caller actor, Deal deal) {
            return actor == Caller.BEN ? Outcome.FORBIDDEN : SalesModel.manage(SalesModel.onDeal(actor, deal));
        }

        private void assign(Step s, Deal deal) {
            Caller to = Caller.reps().get(s.choice() % 3);
            var answer = expect(s.actor(), "POST", "/api/opportunities/" + deal.id + "/assign",
                    "{\"ownerId\": \"" + to.user + "\", \"owningTeam\": \"" + to.team + "\"}", managing(s.actor(), deal));
            if (answer.statusCode() == 200) {
                // As in Dynamics 365, the previous owner's open activities go with the deal (the run's tasks are open).
                deal.activities.stream().filter(a -> a.owner.equals(deal.owner)).forEach(a -> a.owner = to.user);
                deal.owner = to.user;
                deal.team = to.team;
            }
        }

        private void addLine(Step s, Deal deal) {
            boolean catalogLine = deal.currency.equals("EUR") && s.choice() > 0;
            boolean privileged = catalogLine && s.choice() >= 2;
            int decimals = new Random(done.size()).nextInt(900000);
            String quantity = catalogLine ? "1." + (10000 + decimals % 90000) : "1." + (100000 + decimals);
            String body = !catalogLine ? """
                    {"writeInName": "Service visit", "quantity": %s, "priceOverride": 80.5}""".formatted(quantity)
                    : s.choice() == 2 ? """
                    {"productId": "%s", "quantity": %s, "priceOverride": 3.1}""".formatted(catalog.productId(), quantity)
                    : s.choice() == 3 ? """
                    {"productId": "%s", "quantity": 2, "manualDiscount": 20}""".formatted(catalog.productId())
                    : """
                    {"productId": "%s", "quantity": %s, "manualDiscount": 0.5}""".formatted(catalog.productId(), quantity);
            Outcome expected = writeOnDeal(s.actor(), deal, deal.open());
            if (expected == Outcome.OK && privileged && !s.actor().overridesPrices()) {
                expected = Outcome.FORBIDDEN;
            }
            var answer = expect(s.actor(), "POST", "/api/opportunities/" + deal.id + "/lines", body, expected);
            if (answer.statusCode() == 201) {
                deal.lines++;
            }
        }

        /** The outcome of a change of the deal or what follows it (sellers only: the other roles may not call). */
        private Outcome writeOnDeal(Caller actor, Deal deal, boolean stateAllows) {
            if (!Caller.sellers().contains(actor)) {
                return Outcome.FORBIDDEN;
            }
            return SalesModel.change(SalesModel.onDeal(actor, deal), stateAllows);
        }

        private void generateQuote(Step s, Deal deal) {
            var answer = expect(s.actor(), "POST", "/api/opportunities/" + deal.id + "/quotes", null,
                    writeOnDeal(s.actor(), deal, deal.open()));
            if (answer.statusCode() == 201) {
                deal.quotes.add(new Quote(answer.path("id"), deal.lines));
            }
        }

        private Quote quoteOf(Deal deal, Step s) {
            List<Quote> live = deal.quotes.stream().filter(q -> !q.deleted).toList();
            return live.isEmpty() ? null : live.get(s.choice() % live.size());
        }

        private void quoteDiscount(Step s, Deal deal) {
            Quote quote = quoteOf(deal, s);
            if (quote == null) {
                return;
            }
            BigDecimal detail = amount(call(Caller.MARIA, "GET", "/api/quotes/" + quote.id, null).jsonPath(),
                    "detailAmount");
            // Within the free share of a priced quote (1), else beyond it (10) by a rep, beyond any detail by a manager.
            BigDecimal discount = new BigDecimal(s.flag() ? "1" : s.actor().overridesPrices() ? "1000000" : "10");
            Outcome expected = writeOnDeal(s.actor(), deal, quote.state == QuoteState.DRAFT && deal.open()
                    && detail.compareTo(discount) >= 0);
            // Override pricing: beyond 10 % of the detail amount, unless it takes no larger share than it had.
            boolean free = discount.multiply(BigDecimal.TEN).compareTo(detail) <= 0 || discount.compareTo(quote.discount) <= 0;
            if (expected == Outcome.OK && !free && !s.actor().overridesPrices()) {
                expected = Outcome.FORBIDDEN;
            }
            var answer = expect(s.actor(), "PUT", "/api/quotes/" + quote.id, "{\"name\": \"Offer\", \"discountAmount\": "
                    + discount + "}", expected, "*");
            if (answer.statusCode() == 200) {
                quote.discount = discount;
            }
        }

        private void activate(Step s, Deal deal) {
            Quote quote = quoteOf(deal, s);
            if (quote == null) {
                return;
            }
            var answer = expect(s.actor(), "POST", "/api/quotes/" + quote.id + "/activate", null, writeOnDeal(s.actor(),
                    deal, quote.state == QuoteState.DRAFT && deal.open() && quote.lines > 0));
            if (answer.statusCode() == 200) {
                quote.state = QuoteState.ACTIVE;
            }
        }

        private void winQuote(Step s, Deal deal) {
            Quote quote = quoteOf(deal, s);
            if (quote == null) {
                return;
            }
            boolean others = deal.onOffer().stream().anyMatch(q -> q != quote);
            boolean allowed = quote.state == QuoteState.ACTIVE && deal.open() && deal.wonQuoteId == null
                    && (!others || s.flag());
            var answer = expect(s.actor(), "POST", "/api/quotes/" + quote.id + "/win",
                    "{\"closeQuotes\": " + s.flag() + "}", writeOnDeal(s.actor(), deal, allowed));
            if (answer.statusCode() != 200) {
                return;
            }
            deal.onOffer().forEach(q -> q.state = QuoteState.CLOSED);
            quote.state = QuoteState.WON;
            deal.state = DealState.WON;
            deal.wonQuoteId = quote.id;
            deal.wonByQuote = true;
            String[] order = new String[1];
            awaitTrue("billing opens the won quote's order", Duration.ofSeconds(30), () -> {
                order[0] = call(Caller.BEN, "GET", "/api/orders?quoteId=" + quote.id, null).path("items[0].id");
                return order[0] != null;
            });
            deal.order = new Order(order[0]);
            List<Map<String, Object>> lines = call(Caller.BEN, "GET", "/api/orders/" + order[0] + "/lines", null)
                    .path("");
            // The order takes each quantity as the customer accepted it: the same scale from opportunity to invoice.
            same(quantities(lines), quantities(call(Caller.MARIA, "GET", "/api/quotes/" + quote.id + "/lines", null)
                    .path("")), "the quantities of order " + order[0] + " and of its quote");
            for (Map<String, Object> line : lines) {
                if (Boolean.TRUE.equals(line.get("priceOverridden"))) {
                    deal.order.overriddenPrices.put((Integer) line.get("lineNumber"),
                            new BigDecimal(line.get("pricePerUnit").toString()));
                }
            }
        }

        private void closeDeal(Step s, Deal deal) {
            boolean win = s.choice() % 2 == 0;
            boolean allowed = deal.open() && (deal.onOffer().isEmpty() || s.flag());
            var answer = expect(s.actor(), "POST", "/api/opportunities/" + deal.id + (win ? "/win" : "/lose"),
                    win ? "{\"closeQuotes\": " + s.flag() + "}" : "{\"reason\": \"CANCELED\", \"closeQuotes\": "
                            + s.flag() + "}", writeOnDeal(s.actor(), deal, allowed));
            if (answer.statusCode() == 200) {
                deal.onOffer().forEach(q -> q.state = QuoteState.CLOSED);
                deal.state = win ? DealState.WON : DealState.LOST;
                deal.wonByQuote = false;
            }
        }

        private void reopen(Step s, Deal deal) {
            var answer = expect(s.actor(), "POST", "/api/opportunities/" + deal.id + "/reopen", null,
                    writeOnDeal(s.actor(), deal, !deal.open()));
            if (answer.statusCode() == 200) {
                deal.state = DealState.OPEN;
                deal.wonByQuote = false;
            }
        }

        private void noteOnQuote(Step s, Deal deal) {
            Quote quote = quoteOf(deal, s);
            if (quote == null) {
                return;
            }
            var answer = expect(s.actor(), "POST", "/api/quotes/" + quote.id + "/notes",
                    "{\"text\": \"Called the buyer\"}", writeOnDeal(s.actor(), deal, true));
            if (answer.statusCode() == 201) {
                quote.notes.add(answer.path("id"));
            }
        }

        private void deleteDraft(Step s, Deal deal) {
            Quote quote = quoteOf(deal, s);
            if (quote == null) {
                return;
            }
            var answer = expect(s.actor(), "DELETE", "/api/quotes/" + quote.id, null,
                    writeOnDeal(s.actor(), deal, quote.state == QuoteState.DRAFT));
            if (answer.statusCode() == 204) {
                quote.deleted = true;
                deal.quotes.remove(quote);
                deal.notes.addAll(quote.notes.stream().map(n -> "deleted:" + n).toList());
            }
        }

        /** The outcome of a change of the deal's order: its billing level, and the roles that may call. */
        private Outcome writeOnOrder(Caller actor, Deal deal, boolean stateAllows) {
            return SalesModel.change(SalesModel.onBilling(actor, deal), stateAllows);
        }

        private void orderLine(Step s, Deal deal) {
            // A catalog product needs the order's price list: the EUR deals have the catalog's, the USD ones none.
            boolean override = s.choice() >= 2 && deal.currency.equals("EUR");
            String body = override ? """
                    {"productId": "%s", "quantity": 1.5, "priceOverride": 2.5}""".formatted(catalog.productId())
                    : "{\"writeInName\": \"Extra visit\", \"quantity\": 1.333333, \"priceOverride\": 45}";
            Outcome expected = writeOnOrder(s.actor(), deal, !deal.order.fulfilled);
            if (expected == Outcome.OK && override && !s.actor().overridesPrices()) {
                expected = Outcome.FORBIDDEN;
            }
            var answer = expect(s.actor(), "POST", "/api/orders/" + deal.order.id + "/lines", body, expected);
            if (answer.statusCode() == 200 && override) {
                List<Map<String, Object>> lines = call(Caller.BEN, "GET", "/api/orders/" + deal.order.id + "/lines", null)
                        .path("");
                Map<String, Object> added = lines.get(lines.size() - 1);
                deal.order.overriddenPrices.put((Integer) added.get("lineNumber"),
                        new BigDecimal(added.get("pricePerUnit").toString()));
            }
        }

        private void repriceOrder(Step s, Deal deal) {
            Outcome expected = writeOnOrder(s.actor(), deal, !deal.order.fulfilled);
            expect(s.actor(), "POST", "/api/orders/" + deal.order.id + "/use-current-pricing", null, expected);
        }

        /** Fulfil, bill, pay, credit and refund are the back office's: clerks, managers, admins (and the integration). */
        private Outcome backOffice(Caller actor, boolean integrationToo, boolean stateAllows) {
            boolean role = actor == Caller.BEN || actor == Caller.MARIA || integrationToo && actor == Caller.ERP;
            return !role ? Outcome.FORBIDDEN : stateAllows ? Outcome.OK : Outcome.REFUSED;
        }

        private void fulfil(Step s, Deal deal) {
            var answer = expect(s.actor(), "POST", "/api/orders/" + deal.order.id + "/fulfil", null,
                    backOffice(s.actor(), true, !deal.order.fulfilled));
            if (answer.statusCode() == 200) {
                deal.order.fulfilled = true;
                deal.order.invoiceId = call(Caller.BEN, "GET", "/api/invoices?orderId=" + deal.order.id, null)
                        .path("items[0].id");
            }
        }

        private JsonPath invoiceOf(Deal deal) {
            return deal.order.invoiceId == null ? null
                    : call(Caller.BEN, "GET", "/api/invoices/" + deal.order.invoiceId, null).jsonPath();
        }

        private void bill(Step s, Deal deal) {
            JsonPath invoice = invoiceOf(deal);
            if (invoice == null) {
                return;
            }
            var answer = expect(s.actor(), "POST", "/api/invoices/" + deal.order.invoiceId + "/bill", null,
                    backOffice(s.actor(), false, invoice.getString("state").equals("ACTIVE")
                            && invoice.getString("statusReason").equals("NEW")));
            deal.order.invoiceSent |= answer.statusCode() == 200;
        }

        private void pay(Step s, Deal deal) {
            JsonPath invoice = invoiceOf(deal);
            if (invoice == null) {
                return;
            }
            BigDecimal due = new BigDecimal(invoice.getString("amountDue.amount"));
            BigDecimal amount = switch (s.choice()) {
                case 0 -> due.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
                case 3 -> due.add(new BigDecimal("0.01"));
                default -> due;
            };
            BigDecimal sent = amount.max(new BigDecimal("0.01"));
            boolean payable = List.of("ACTIVE", "PAID").contains(invoice.getString("state"))
                    && due.signum() > 0 && sent.compareTo(due) <= 0;
            var answer = expect(s.actor(), "POST", "/api/invoices/" + deal.order.invoiceId + "/payments",
                    "{\"amount\": " + sent.toPlainString() + "}", backOffice(s.actor(), false, payable));
            deal.order.invoiceSent |= answer.statusCode() == 201;
        }

        private void credit(Step s, Deal deal) {
            JsonPath invoice = invoiceOf(deal);
            if (invoice == null) {
                return;
            }
            boolean creditable = !invoice.getString("state").equals("CANCELED")
                    && !invoice.getString("statusReason").equals("NEW")
                    && amount(invoice, "creditedAmount").compareTo(amount(invoice, "totalAmount")) < 0;
            String body = "{\"reason\": \"Returned\"}";
            List<Object> notes = call(Caller.BEN, "GET", "/api/credit-notes?invoiceId=" + deal.order.invoiceId, null)
                    .path("items");
            if (!s.flag() && notes.isEmpty()) {
                // A third of a unit of the first line: nothing of it was credited yet, and every line has a unit or more.
                Object line = call(Caller.BEN, "GET", "/api/invoices/" + deal.order.invoiceId + "/lines", null)
                        .path("[0].lineNumber");
                body = "{\"reason\": \"Damaged\", \"lines\": [{\"lineNumber\": " + line + ", \"quantity\": 0.333333}]}";
            }
            var answer = expect(s.actor(), "POST", "/api/invoices/" + deal.order.invoiceId + "/credit-notes", body,
                    backOffice(s.actor(), false, creditable));
            deal.order.credited |= answer.statusCode() == 201;
            JsonPath after = invoiceOf(deal);
            String state = after.getString("state") + "/" + after.getString("statusReason");
            if (answer.statusCode() == 201 && amount(invoice, "amountDue").signum() > 0
                    && amount(after, "amountDue").signum() == 0 && !state.equals("CLOSED/CREDITED")) {
                throw new Violation("credit note on invoice " + deal.order.invoiceId + " left nothing due, yet it is " + state);
            }
        }

        private void refund(Step s, Deal deal) {
            JsonPath invoice = invoiceOf(deal);
            if (invoice == null) {
                return;
            }
            BigDecimal owed = new BigDecimal(invoice.getString("refundDue.amount"));
            BigDecimal sent = (s.choice() == 3 ? owed.add(new BigDecimal("0.01")) : owed).max(new BigDecimal("0.01"));
            expect(s.actor(), "POST", "/api/invoices/" + deal.order.invoiceId + "/refunds",
                    "{\"amount\": " + sent.toPlainString() + "}", backOffice(s.actor(), false, sent.compareTo(owed) <= 0));
        }

        // The checks after a call: who reads the deal and what follows it, and whether every document adds up.

        /**
         * Who reads the deal and everything that follows it, as the model says: every caller after a call that changes
         * who may (or makes a record), the caller of the step after any other; then whether every document adds up.
         */
        private void check(Deal deal, Kind kind) {
            boolean accessChanged = switch (kind) {
                case NEW_DEAL, QUALIFY, SHARE, REVOKE, ASSIGN, GENERATE_QUOTE, NOTE_ON_QUOTE, DELETE_DRAFT, WIN_QUOTE,
                        FULFIL, CREDIT, DEAL_ACTIVITY -> true;
                default -> false;
            };
            List<Caller> callers = accessChanged ? List.of(Caller.values()) : List.of(done.get(done.size() - 1).actor());
            forEachCaller(callers, c -> {
                boolean reads = SalesModel.reads(SalesModel.onDeal(c, deal)) && c != Caller.BEN;
                String why = c + " reads deal " + deal.id + " (" + deal.owner + "/" + deal.team + ", shares "
                        + deal.userShares + " " + deal.teamShares + ")";
                status(c, "GET", "/api/opportunities/" + deal.id, reads ? 200 : 403, why);
                for (Quote quote : deal.quotes) {
                    status(c, "GET", "/api/quotes/" + quote.id, reads ? 200 : 403, why + ", its quote");
                    for (String note : quote.notes) {
                        status(c, "GET", "/api/notes/" + note, reads ? 200 : 403, why + ", a note on its quote");
                    }
                }
                if (deal.order != null) {
                    boolean billing = SalesModel.reads(SalesModel.onBilling(c, deal));
                    // Billing follows the deal's owner and shares from its events: moments later.
                    eventually(c, "/api/orders/" + deal.order.id, billing ? 200 : 403, why + ", its order");
                    // The opportunity-service knows the order from billing's event: moments later too.
                    eventually(c, "/api/orders/" + deal.order.id + "/timeline", reads ? 200 : 403,
                            why + ", its order's timeline");
                    if (deal.order.invoiceId != null) {
                        eventually(c, "/api/invoices/" + deal.order.invoiceId, billing ? 200 : 403, why + ", its invoice");
                        eventually(c, "/api/invoices/" + deal.order.invoiceId + "/timeline", reads ? 200 : 403,
                                why + ", its invoice's timeline");
                        List<String> notes = call(Caller.BEN, "GET", "/api/credit-notes?invoiceId=" + deal.order.invoiceId,
                                null).path("items.id");
                        for (String note : notes) {
                            eventually(c, "/api/credit-notes/" + note, billing ? 200 : 403, why + ", its credit note");
                        }
                    }
                }
                if (c.rep() && (kind == Kind.SHARE || kind == Kind.REVOKE || kind == Kind.ASSIGN || kind == Kind.NEW_DEAL
                        || kind == Kind.QUALIFY)) {
                    List<String> listed = call(c, "GET", "/api/opportunities?size=5&q=" + deal.topic, null)
                            .path("items.id");
                    if (listed.contains(deal.id) != reads) {
                        throw new Violation(why + ": the list shows it " + listed.contains(deal.id) + ", the model says "
                                + reads);
                    }
                }
            });
            for (String deleted : deal.notes) {
                status(Caller.MARIA, "GET", "/api/notes/" + deleted.substring("deleted:".length()), 404,
                        "a note on a deleted draft quote");
            }
            if (accessChanged) {
                activitiesRead(deal.id, deal.activities, c -> SalesModel.reads(SalesModel.onDeal(c, deal)),
                        "deal " + deal.id + " (" + deal.owner + "/" + deal.team + ", shares " + deal.userShares + " "
                                + deal.teamShares + ")");
            }
            addsUp(deal);
        }

        private void addsUp(Deal deal) {
            JsonPath opportunity = call(Caller.MARIA, "GET", "/api/opportunities/" + deal.id, null).jsonPath();
            same(opportunity.getString("currency"), deal.currency, "the deal's currency");
            same(opportunity.getString("state"), deal.state.name(), "the deal's state");
            List<Map<String, Object>> dealLines = call(Caller.MARIA, "GET", "/api/opportunities/" + deal.id + "/lines", null)
                    .path("");
            linesAddUp(dealLines, "deal " + deal.id);
            if (deal.systemRevenue && deal.open()) {
                BigDecimal sum = dealLines.stream().filter(l -> l.get("extendedAmount") != null)
                        .map(l -> new BigDecimal(l.get("extendedAmount").toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
                compare(new BigDecimal(opportunity.getString("estimatedRevenue.amount")), sum,
                        "a system-calculated revenue is the sum of the priced lines");
            }
            for (Quote quote : deal.quotes) {
                JsonPath q = call(Caller.MARIA, "GET", "/api/quotes/" + quote.id, null).jsonPath();
                same(q.getString("currency"), deal.currency, "one currency per sale: quote " + quote.id);
                same(q.getString("state"), quote.state.name(), "quote " + quote.id + "'s state");
                totalsAddUp(q, "quote " + quote.id);
                linesAddUp(call(Caller.MARIA, "GET", "/api/quotes/" + quote.id + "/lines", null).path(""), "quote " + quote.id);
                if (quote.id.equals(deal.wonQuoteId) && deal.wonByQuote) {
                    compare(new BigDecimal(opportunity.getString("actualRevenue.amount")),
                            new BigDecimal(q.getString("totalAmount.amount")), "a won deal's revenue is its quote's total");
                    same(opportunity.getString("actualRevenue.currency"), q.getString("currency"), "the revenue's currency");
                }
            }
            if (!deal.open() && !deal.onOffer().isEmpty()) {
                throw new Violation("deal " + deal.id + " is " + deal.state + " with quotes on offer");
            }
            if (deal.order == null) {
                return;
            }
            JsonPath order = call(Caller.BEN, "GET", "/api/orders/" + deal.order.id, null).jsonPath();
            same(order.getString("currency"), deal.currency, "one currency per sale: order");
            totalsAddUp(order, "order " + deal.order.id);
            List<Map<String, Object>> orderLines = call(Caller.BEN, "GET", "/api/orders/" + deal.order.id + "/lines", null)
                    .path("");
            linesAddUp(orderLines, "order " + deal.order.id);
            for (Map<String, Object> line : orderLines) {
                BigDecimal kept = deal.order.overriddenPrices.get((Integer) line.get("lineNumber"));
                if (kept != null) {
                    compare(new BigDecimal(line.get("pricePerUnit").toString()), kept, "an overridden price stays (order "
                            + deal.order.id + " line " + line.get("lineNumber") + ")");
                }
            }
            if (deal.b2c) {
                same(order.getString("billTo.street1"), ADDRESS, "a contact customer's order is billed to the contact");
            }
            if (deal.order.invoiceId == null) {
                return;
            }
            JsonPath invoice = invoiceOf(deal);
            totalsAddUp(invoice, "invoice " + deal.order.invoiceId);
            linesAddUp(call(Caller.BEN, "GET", "/api/invoices/" + deal.order.invoiceId + "/lines", null).path(""),
                    "invoice " + deal.order.invoiceId);
            BigDecimal total = amount(invoice, "totalAmount");
            BigDecimal paid = amount(invoice, "amountPaid");
            BigDecimal credited = amount(invoice, "creditedAmount");
            BigDecimal refunded = amount(invoice, "refundedAmount");
            compare(amount(invoice, "amountDue"), total.subtract(paid).subtract(credited).max(BigDecimal.ZERO),
                    "amount due = total - paid - credited");
            compare(amount(invoice, "refundDue"), paid.add(credited).subtract(total).max(BigDecimal.ZERO).subtract(refunded),
                    "refund due = paid + credited - total - refunded");
            if (credited.compareTo(total) > 0) {
                throw new Violation("invoice " + deal.order.invoiceId + " is credited beyond its total");
            }
            String state = invoice.getString("state") + "/" + invoice.getString("statusReason");
            // Settled by payments and credits together: closed by the credit note that left nothing due, or paid in
            // full by the payment that did (which one came last decides; credit() checks the credit note's part).
            if (credited.signum() > 0 && amount(invoice, "amountDue").signum() == 0 && paid.compareTo(total) < 0
                    && !state.equals("CLOSED/CREDITED") && !state.equals("PAID/COMPLETE")) {
                throw new Violation("invoice " + deal.order.invoiceId + " has nothing due once credited, yet is " + state);
            }
            boolean receivable = state.startsWith("ACTIVE") || state.equals("PAID/PARTIAL");
            List<String> listed = call(Caller.BEN, "GET", "/api/invoices?receivable=true&orderId=" + deal.order.id, null)
                    .path("items.id");
            if (listed.contains(deal.order.invoiceId) != receivable) {
                throw new Violation("invoice " + deal.order.invoiceId + " (" + state + ") is "
                        + (receivable ? "missing from" : "in") + " the receivables");
            }
        }

        // The suite's arithmetic, restated.

        private static String quantities(List<Map<String, Object>> lines) {
            return lines.stream().map(l -> new BigDecimal(l.get("quantity").toString()).stripTrailingZeros().toPlainString())
                    .sorted().toList().toString();
        }

        /** A figure of a record; one it leaves out (a quote's freight before it has any) is 0. */
        private static BigDecimal amount(JsonPath record, String figure) {
            String value = record.getString(figure + ".amount");
            return value == null ? BigDecimal.ZERO : new BigDecimal(value);
        }

        private static void totalsAddUp(JsonPath record, String what) {
            BigDecimal detail = amount(record, "detailAmount");
            BigDecimal discount = amount(record, "totalDiscount");
            if (discount.compareTo(detail) > 0) {
                throw new Violation(what + ": its discount " + discount + " exceeds its detail amount " + detail);
            }
            compare(amount(record, "preFreightAmount"), detail.subtract(discount), what + ": pre-freight");
            compare(amount(record, "totalAmount"), detail.subtract(discount).add(amount(record, "freight"))
                    .add(amount(record, "totalTax")), what + ": total");
            if (amount(record, "totalAmount").signum() < 0) {
                throw new Violation(what + ": a total below zero");
            }
        }

        /** Every priced line: amount = quantity x (price - volume discount), rounded half up to the currency. */
        private static void linesAddUp(List<Map<String, Object>> lines, String what) {
            for (Map<String, Object> line : lines) {
                if (line.get("amount") == null) {
                    continue;
                }
                BigDecimal amount = new BigDecimal(line.get("amount").toString());
                BigDecimal net = new BigDecimal(line.get("pricePerUnit").toString())
                        .subtract(new BigDecimal(line.get("volumeDiscountPerUnit").toString()));
                BigDecimal expected = net.multiply(new BigDecimal(line.get("quantity").toString()))
                        .setScale(amount.scale(), RoundingMode.HALF_UP);
                compare(amount, expected, what + " line " + line.get("lineNumber") + " (" + line.get("quantity") + " x "
                        + net + ")");
            }
        }

        private static void compare(BigDecimal actual, BigDecimal expected, String what) {
            if (actual.compareTo(expected) != 0) {
                throw new Violation(what + ": " + actual.toPlainString() + ", expected " + expected.toPlainString());
            }
        }

        private static void same(String actual, String expected, String what) {
            if (!String.valueOf(expected).equals(actual)) {
                throw new Violation(what + ": " + actual + ", expected " + expected);
            }
        }

        private void eventually(Caller c, String path, int expected, String why) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            int status;
            do {
                status = call(c, "GET", path, null).statusCode();
                if (status == expected) {
                    return;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
            } while (System.nanoTime() < deadline);
            throw new Violation(why + ": GET " + path + " answered " + status + ", the model says " + expected);
        }

        private static void status(Caller c, String method, String path, int expected, String why) {
            int status = call(c, method, path, null).statusCode();
            if (status != expected) {
                throw new Violation(why + ": " + method + " " + path + " answered " + status + ", the model says " + expected);
            }
        }
    }

    /** Checks run for several callers at once, as their clients would call: the run waits on the suite, not on itself. */
    private static final java.util.concurrent.ExecutorService CHECKS = java.util.concurrent.Executors.newFixedThreadPool(6,
            r -> {
                Thread thread = new Thread(r, "invariant-checks");
                thread.setDaemon(true);
                return thread;
            });

    /** Runs the check for every caller at once; once all are done, throws the first failure (in the callers' order). */
    private static void forEachCaller(Caller[] callers, java.util.function.Consumer<Caller> check) {
        forEachCaller(List.of(callers), check);
    }

    private static void forEachCaller(List<Caller> callers, java.util.function.Consumer<Caller> check) {
        List<java.util.concurrent.Future<?>> running = callers.stream()
                .<java.util.concurrent.Future<?>>map(c -> CHECKS.submit(() -> check.accept(c))).toList();
        Throwable first = null;
        for (java.util.concurrent.Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                first = first == null ? e.getCause() : first;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (first instanceof RuntimeException r) {
            throw r;
        }
        if (first instanceof Error e) {
            throw e;
        }
    }

    // Calls through the gateway, and what their answers must be.

    private static ExtractableResponse<Response> expect(Caller c, String method, String path, String body,
            Outcome expected) {
        return expect(c, method, path, body, expected, null);
    }

    private static ExtractableResponse<Response> expect(Caller c, String method, String path, String body,
            Outcome expected, String ifMatch) {
        var answer = call(c, method, path, body, ifMatch);
        verdict(answer, expected, c + " " + method + " " + path + (body == null ? "" : " " + body.replaceAll("\\s+", " ")));
        return answer;
    }

    private static void verdict(ExtractableResponse<Response> answer, Outcome expected, String what) {
        int status = answer.statusCode();
        String[] words = what.split(" ");
        TALLY.merge(words[1] + " " + words[2].replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replaceAll("\\?.*", "") + " "
                + expected, 1, Integer::sum);
        boolean ok = switch (expected) {
            case OK -> status >= 200 && status < 300;
            case FORBIDDEN -> status == 403;
            case REFUSED -> status == 400 || status == 409 || status == 422;
        };
        if (!ok) {
            throw new Violation(what + " answered " + status + " (" + answer.body().asString() + "), the model says "
                    + expected);
        }
    }

    private static void statusIs(ExtractableResponse<Response> answer, int expected, String what) {
        if (answer.statusCode() != expected) {
            throw new Violation(what + " answered " + answer.statusCode() + ", expected " + expected);
        }
    }

    private static ExtractableResponse<Response> call(Caller c, String method, String path, String body) {
        return call(c, method, path, body, null);
    }

    private static ExtractableResponse<Response> call(Caller c, String method, String path, String body,
            String ifMatch) {
        var request = io.restassured.RestAssured.given().baseUri(SuiteUnderTest.get().gatewayUrl())
                .header("Authorization", "Bearer " + TOKENS.computeIfAbsent(c, who -> SuiteUnderTest.get().tokens()
                        .issue(who.user, List.of(who.role), who.team, Duration.ofMinutes(30))))
                .contentType("application/json");
        if (body != null) {
            request.body(body);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().request(method, path).then().extract();
    }

    private static ExtractableResponse<Response> call(Caller c, String method, String path, String body, int expected) {
        var answer = call(c, method, path, body);
        statusIs(answer, expected, c + " " + method + " " + path);
        return answer;
    }

    private static void awaitTrue(String what, Duration atMost, BooleanSupplier condition) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new Violation(what + ": not within " + atMost.toSeconds() + " s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong PHONES =
            new java.util.concurrent.atomic.AtomicLong(10_000_000L + new Random().nextInt(80_000_000));

    /** A phone number no other record of the suite has: duplicate detection compares digits. */
    private static String phone() {
        String digits = Long.toString(PHONES.incrementAndGet());
        return "+33 5 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6) + " "
                + digits.substring(6, 8);
    }
}
