// The whole chain as a front-end team would drive it, through the gateway with the client generated from
// docs/api/lead2cash.yaml: lead -> qualify -> opportunity -> priced line -> quote -> activate -> win -> order ->
// fulfil -> invoice -> payment. Every answer is checked against the document (contract.ts). Run by
// GeneratedClientChainTest with the gateway's address and one token per role in the environment.
import createClient from "openapi-fetch";
import type { paths } from "lead2cash-api";
import { Contract } from "./contract.js";

const gateway = env("LEAD2CASH_GATEWAY");
const contract = await Contract.load(gateway);

function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

function clientFor(token: string) {
  const client = createClient<paths>({ baseUrl: gateway, headers: { Authorization: `Bearer ${token}` } });
  client.use(contract.middleware);
  return client;
}

const rep = clientFor(env("TOKEN_SALES_REP"));
const manager = clientFor(env("TOKEN_CATALOG_MANAGER"));
const clerk = clientFor(env("TOKEN_BILLING_CLERK"));

/** The answer's data, after checking its status. */
function expect<T>(step: string, status: number, answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.response.status !== status || answer.data === undefined) {
    throw new Error(`${step}: expected ${status}, got ${answer.response.status} ${JSON.stringify(answer.error)}`);
  }
  console.log(`ok ${step} (${status})`);
  return answer.data;
}

function equal(step: string, actual: unknown, wanted: unknown): void {
  if (actual !== wanted) {
    throw new Error(`${step}: expected ${String(wanted)}, got ${String(actual)}`);
  }
}

async function eventually<T>(step: string, read: () => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const value = await read();
    if (value !== undefined) {
      console.log(`ok ${step}`);
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${step}: not within 30 s`);
}

const tag = Math.random().toString(16).slice(2, 10);

// The catalog: a product sold by the kilo at 28.00 EUR.
const units = expect("createUnitGroup", 201, await manager.POST("/api/unit-groups", {
  body: { name: `Weight ${tag}`, baseUnit: "kg" },
}));
const product = expect("createProduct", 201, await manager.POST("/api/products", {
  body: {
    productNumber: `ROAST-${tag}`, name: "House roast", type: "SALES_INVENTORY", unitGroupId: units.id,
    defaultUnitId: units.baseUnitId, decimalsSupported: 2,
  },
}));
expect("publishProduct", 200, await manager.POST("/api/products/{id}/publish", { params: { path: { id: product.id } } }));
const priceList = expect("createPriceList", 201, await manager.POST("/api/price-lists", {
  body: { name: `Client chain ${tag}`, currency: "EUR" },
}));
expect("addPriceListItem", 201, await manager.POST("/api/price-lists/{id}/items", {
  params: { path: { id: priceList.id } },
  body: { productId: product.id, pricingMethod: "CURRENCY_AMOUNT", amount: "28.00", quantitySellingOption: "WHOLE_AND_FRACTIONAL" },
}));

// The lead, qualified into an account, a contact and an opportunity.
const lead = expect("createLead", 201, await rep.POST("/api/leads", {
  params: { header: { "Idempotency-Key": `lead-${tag}` } },
  body: {
    topic: "Espresso roast for Lyon", lastName: "Silva", companyName: `Café Lumière ${tag}`,
    email: `ana.${tag}@lumiere.example`, estimatedValue: { amount: "1000", currency: "EUR" },
  },
}));
const again = expect("createLead retried", 201, await rep.POST("/api/leads", {
  params: { header: { "Idempotency-Key": `lead-${tag}` } },
  body: {
    topic: "Espresso roast for Lyon", lastName: "Silva", companyName: `Café Lumière ${tag}`,
    email: `ana.${tag}@lumiere.example`, estimatedValue: { amount: "1000", currency: "EUR" },
  },
}));
equal("a retry with the same Idempotency-Key answers the same lead", again.id, lead.id);
const read = await rep.GET("/api/leads/{id}", { params: { path: { id: lead.id } } });
const etag = read.response.headers.get("ETag") ?? "";
const qualified = expect("qualifyLead", 200, await rep.POST("/api/leads/{id}/qualify", {
  params: { path: { id: lead.id }, header: { "If-Match": etag } },
  body: { opportunity: { priceListId: priceList.id } },
}));
equal("qualified lead", qualified.lead.state, "QUALIFIED");

// A change needs the record's ETag: a stale one is refused with 412, the current one accepted.
const accountId = qualified.accountId;
if (!accountId) {
  throw new Error("qualifyLead: no account");
}
const account = await rep.GET("/api/accounts/{id}", { params: { path: { id: accountId } } });
const accountData = expect("getAccount", 200, account);
const stale = await rep.PUT("/api/accounts/{id}", {
  params: { path: { id: accountId }, header: { "If-Match": `"${accountData.version + 7}"` } },
  body: { name: accountData.name, city: "Lyon" },
});
equal("updateAccount with a stale ETag", stale.response.status, 412);
equal("a refusal is problem+json", stale.error?.type, "urn:lead2cash:problem:precondition-failed");
expect("updateAccount", 200, await rep.PUT("/api/accounts/{id}", {
  params: { path: { id: accountId }, header: { "If-Match": account.response.headers.get("ETag") ?? "" } },
  body: { name: accountData.name, city: "Lyon" },
}));

const opportunityId = await eventually("the opportunity LeadQualified opened", async () => {
  const page = await rep.GET("/api/opportunities", { params: { query: { originatingLeadId: lead.id, sort: "-createdAt" } } });
  return page.data?.items[0]?.id;
});

// A priced line, a quote, activated and won.
const line = expect("addOpportunityLine", 201, await rep.POST("/api/opportunities/{id}/lines", {
  params: { path: { id: opportunityId } },
  body: { productId: product.id, quantity: "30" },
}));
equal("30 kg at 28.00", line.amount, "840.00");
const quote = expect("generateQuote", 201, await rep.POST("/api/opportunities/{id}/quotes", {
  params: { path: { id: opportunityId } },
}));
equal("quote total", quote.totalAmount.amount, "840.00");
expect("activateQuote", 200, await rep.POST("/api/quotes/{id}/activate", { params: { path: { id: quote.id } } }));
const won = expect("winQuote", 200, await rep.POST("/api/quotes/{id}/win", { params: { path: { id: quote.id } } }));
equal("quote won", won.state, "WON");

// The order QuoteAccepted opened, fulfilled; the invoice it issued, paid.
const orderId = await eventually("the order QuoteAccepted opened", async () => {
  const page = await clerk.GET("/api/orders", { params: { query: { quoteId: quote.id } } });
  return page.data?.items[0]?.id;
});
const submitted = expect("submitOrder", 200, await rep.POST("/api/orders/{id}/submit", { params: { path: { id: orderId } } }));
equal("order submitted", submitted.state, "SUBMITTED");
const fulfilled = expect("fulfilOrder", 200, await clerk.POST("/api/orders/{id}/fulfil", { params: { path: { id: orderId } } }));
equal("order fulfilled and invoiced", fulfilled.state, "INVOICED");
const invoices = expect("listInvoices", 200, await clerk.GET("/api/invoices", { params: { query: { orderId } } }));
const invoice = invoices.items[0];
if (!invoice) {
  throw new Error("listInvoices: the fulfilled order has no invoice");
}
equal("invoice total", invoice.totalAmount.amount, "840.00");
expect("recordPayment", 201, await clerk.POST("/api/invoices/{id}/payments", {
  params: { path: { id: invoice.id } },
  body: { amount: "840.00", reference: `WIRE-${tag}` },
}));
const paid = expect("getInvoice", 200, await clerk.GET("/api/invoices/{id}", { params: { path: { id: invoice.id } } }));
// The document offers the invoice as JSON or as a PDF; asked without Accept, the answer is JSON.
if (typeof paid === "string") {
  throw new Error("getInvoice: a PDF where JSON was expected");
}
equal("invoice paid", paid.state, "PAID");
const credit = expect("issueCreditNote", 201, await clerk.POST("/api/invoices/{id}/credit-notes", {
  params: { path: { id: invoice.id } },
  body: { reason: "Returned in full" },
}));
equal("credit note total", credit.totalAmount.amount, "840.00");

if (contract.failures.length > 0) {
  console.error(`${contract.failures.length} answers differ from the API document:`);
  contract.failures.forEach((failure) => console.error(`  ${failure}`));
  process.exit(1);
}
console.log(`chain complete: ${contract.checked} answers matched the API document`);
