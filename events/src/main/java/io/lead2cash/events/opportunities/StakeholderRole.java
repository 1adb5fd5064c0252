package io.lead2cash.events.opportunities;

/** The part a customer's contact plays in the buying decision. */
public enum StakeholderRole { DECISION_MAKER, ECONOMIC_BUYER, TECHNICAL_BUYER, INFLUENCER, CHAMPION, END_USER, STAKEHOLDER }
