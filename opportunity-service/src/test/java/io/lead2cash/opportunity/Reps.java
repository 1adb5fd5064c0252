package io.lead2cash.opportunity;

import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.restassured.specification.RequestSpecification;

/** The people the access tests act as: three reps in three teams, alice's teammate nora, and a manager in alice's team. */
final class Reps {

    private Reps() {
    }

    static RequestSpecification alice() {
        return Auth.as("alice", "north", Roles.SALES_REP);
    }

    /** Alice's teammate. */
    static RequestSpecification nora() {
        return Auth.as("nora", "north", Roles.SALES_REP);
    }

    static RequestSpecification bob() {
        return Auth.as("bob", "south", Roles.SALES_REP);
    }

    static RequestSpecification dave() {
        return Auth.as("dave", "west", Roles.SALES_REP);
    }

    static RequestSpecification maria() {
        return Auth.as("maria", "north", Roles.SALES_MANAGER);
    }
}
