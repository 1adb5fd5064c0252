package io.lead2cash.e2e;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simple model the random calls are checked against: who the callers are, what records one run made, and who may
 * see and change what — the rules of docs/domain.md ("Ownership and access") written a second time, independently of
 * the suite's code, so that a defect in either shows as a difference.
 */
final class SalesModel {

    /** The people who call the suite in a run: three reps in two teams, a manager, a billing clerk, an integration. */
    enum Caller {
        ALICE("alice", "north", "sales-rep"),
        NORA("nora", "north", "sales-rep"),
        BOB("bob", "south", "sales-rep"),
        MARIA("maria", "north", "sales-manager"),
        BEN("ben", null, "billing-clerk"),
        ERP("erp", null, "integration");

        final String user;
        final String team;
        final String role;

        Caller(String user, String team, String role) {
            this.user = user;
            this.team = team;
            this.role = role;
        }

        boolean rep() {
            return role.equals("sales-rep");
        }

        boolean manager() {
            return role.equals("sales-manager");
        }

        /** Whether the caller holds Override pricing (sales managers do by default). */
        boolean overridesPrices() {
            return manager();
        }

        /** The reps and the manager: who works deals. */
        static List<Caller> sellers() {
            return List.of(ALICE, NORA, BOB, MARIA);
        }

        static List<Caller> reps() {
            return List.of(ALICE, NORA, BOB);
        }
    }

    /** How far a caller may go with a record. */
    enum Level { NONE, READ, WRITE, MANAGE }

    /** What the model expects a call to answer: success, a refusal for access, or a refusal for the record's state. */
    enum Outcome { OK, FORBIDDEN, REFUSED }

    enum DealState { OPEN, WON, LOST }

    enum QuoteState { DRAFT, ACTIVE, WON, CLOSED }

    /** An activity (a task) of the run: its owner works it; whoever reads what it regards reads it too. */
    static final class Activity {
        final String id;
        String owner;

        Activity(String id, String owner) {
            this.id = id;
            this.owner = owner;
        }
    }

    /** A lead of the run: its owner decides who reads and assigns it. */
    static final class Lead {
        final String id;
        final String phone;
        String owner;
        String team;
        boolean qualified;
        final List<Activity> activities = new ArrayList<>();

        Lead(String id, String phone, Caller owner) {
            this.id = id;
            this.phone = phone;
            this.owner = owner.user;
            this.team = owner.team;
        }
    }

    /** A deal (opportunity) of the run, with what follows it. */
    static final class Deal {
        final String id;
        final String topic;
        final boolean b2c;
        String owner;
        String team;
        String currency;
        DealState state = DealState.OPEN;
        boolean systemRevenue;
        int lines;
        final Map<String, Level> userShares = new HashMap<>();
        final Map<String, Level> teamShares = new HashMap<>();
        final List<Quote> quotes = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<Activity> activities = new ArrayList<>();
        Order order;
        /** The quote that won the deal (one per deal, even after a reopen). */
        String wonQuoteId;
        /** Whether the deal stands won by that quote: its actual revenue must be the quote's total. */
        boolean wonByQuote;

        Deal(String id, String topic, Caller owner, String currency, boolean systemRevenue, boolean b2c) {
            this.id = id;
            this.topic = topic;
            this.owner = owner.user;
            this.team = owner.team;
            this.currency = currency;
            this.systemRevenue = systemRevenue;
            this.b2c = b2c;
        }

        boolean open() {
            return state == DealState.OPEN;
        }

        List<Quote> onOffer() {
            return quotes.stream().filter(q -> q.state == QuoteState.DRAFT || q.state == QuoteState.ACTIVE).toList();
        }
    }

    /** A quote of a deal, with the notes written on it. */
    static final class Quote {
        final String id;
        final int lines;
        QuoteState state = QuoteState.DRAFT;
        final List<String> notes = new ArrayList<>();
        boolean deleted;
        /** Its header discount amount, as last set (its lines, so its detail amount, never change). */
        java.math.BigDecimal discount = java.math.BigDecimal.ZERO;

        Quote(String id, int lines) {
            this.id = id;
            this.lines = lines;
        }
    }

    /** The order billing opened for a won quote, and its invoice. */
    static final class Order {
        final String id;
        boolean fulfilled;
        String invoiceId;
        /** Whether its invoice was billed or paid: only then may it be credited. */
        boolean invoiceSent;
        /** Whether a credit note was issued on its invoice. */
        boolean credited;
        /** The prices a user set on its lines, by line number, which repricing must keep. */
        final Map<Integer, BigDecimal> overriddenPrices = new LinkedHashMap<>();

        Order(String id) {
            this.id = id;
        }
    }

    final List<Deal> deals = new ArrayList<>();
    final List<Lead> leads = new ArrayList<>();
    /** The phones of the accounts and contacts qualifying created in this run: another with one is a duplicate. */
    final Set<String> customerPhones = new HashSet<>();

    /** The caller's level on a deal, under the sales policy (the opportunity-service's records). */
    static Level onDeal(Caller caller, Deal deal) {
        Level byRole = byRole(caller);
        return byRole != null ? byRole : byOwnership(caller, deal.owner, deal.team, deal);
    }

    /** What a caller's role alone gives on any deal or lead: managers manage, integrations read, the back office none. */
    private static Level byRole(Caller caller) {
        if (caller.manager()) {
            return Level.MANAGE;
        }
        if (caller == Caller.ERP) {
            return Level.READ;
        }
        return caller.rep() ? null : Level.NONE;
    }

    /** The caller's level on what billing keeps of a deal (orders, invoices): the back office works them all. */
    static Level onBilling(Caller caller, Deal deal) {
        if (caller == Caller.BEN || caller == Caller.ERP) {
            return Level.WRITE;
        }
        return onDeal(caller, deal);
    }

    /** The caller's level on a lead: its owner, team and managers; integrations read. */
    static Level onLead(Caller caller, Lead lead) {
        Level byRole = byRole(caller);
        if (byRole != null) {
            return byRole;
        }
        if (caller.user.equals(lead.owner)) {
            return Level.MANAGE;
        }
        return caller.team != null && caller.team.equals(lead.team) ? Level.WRITE : Level.NONE;
    }

    private static Level byOwnership(Caller caller, String owner, String team, Deal deal) {
        if (caller.user.equals(owner)) {
            return Level.MANAGE;
        }
        Level level = caller.team != null && caller.team.equals(team) ? Level.WRITE : Level.NONE;
        level = max(level, deal.userShares.getOrDefault(caller.user, Level.NONE));
        if (caller.team != null) {
            level = max(level, deal.teamShares.getOrDefault(caller.team, Level.NONE));
        }
        return level;
    }

    static Level max(Level a, Level b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static boolean reads(Level level) {
        return level.compareTo(Level.READ) >= 0;
    }

    static boolean writes(Level level) {
        return level.compareTo(Level.WRITE) >= 0;
    }

    /** The outcome of a change of a record at this level, when its state allows the change or not. */
    static Outcome change(Level level, boolean stateAllows) {
        if (!writes(level)) {
            return Outcome.FORBIDDEN;
        }
        return stateAllows ? Outcome.OK : Outcome.REFUSED;
    }

    /** The outcome of assigning or sharing a record at this level. */
    static Outcome manage(Level level) {
        return level == Level.MANAGE ? Outcome.OK : Outcome.FORBIDDEN;
    }
}
