// Checks every answer the chain receives against the gateway's API document: the status is declared, the declared
// required headers are sent, and a JSON body matches its schema (required fields present, nulls only where nullable,
// types, patterns, enums). Any drift between the document and the behaviour fails the chain.
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";
import ajvFormats from "ajv-formats";
import type { Middleware } from "openapi-fetch";

// ajv-formats is CommonJS: imported from an ES module, its plugin is the default export's own "default".
const addFormats = (ajvFormats as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;

type Json = Record<string, unknown>;
const BASE = "https://lead2cash.example/openapi";

export class Contract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  readonly failures: string[] = [];
  checked = 0;

  private constructor(private readonly document: Json) {
    addFormats(this.ajv);
    this.ajv.addFormat("int32", true).addFormat("int64", true);
    this.ajv.addSchema({ $id: BASE, components: document["components"] });
  }

  static async load(gateway: string): Promise<Contract> {
    const answer = await fetch(`${gateway}/openapi`);
    if (!answer.ok) {
      throw new Error(`GET /openapi answered ${answer.status}`);
    }
    return new Contract((await answer.json()) as Json);
  }

  readonly middleware: Middleware = {
    onResponse: async ({ request, response, schemaPath }) => {
      await this.check(request.method, schemaPath, response.clone());
      return undefined;
    },
  };

  private async check(method: string, path: string, response: Response): Promise<void> {
    const where = `${method} ${path} -> ${response.status}`;
    const operation = ((this.document["paths"] as Json)[path] as Json | undefined)?.[method.toLowerCase()] as Json | undefined;
    if (!operation) {
      this.failures.push(`${where}: the operation is not in the document`);
      return;
    }
    const declared = (operation["responses"] as Json)[String(response.status)] as Json | undefined;
    if (!declared) {
      this.failures.push(`${where}: status not declared (declared: ${Object.keys(operation["responses"] as Json)})`);
      return;
    }
    this.checked++;
    for (const [name, header] of Object.entries((declared["headers"] ?? {}) as Record<string, Json>)) {
      if (header["required"] === true && !response.headers.has(name)) {
        this.failures.push(`${where}: required header ${name} missing`);
      }
    }
    const content = (declared["content"] ?? {}) as Record<string, Json>;
    const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
    if (Object.keys(content).length > 0 && !(type in content)) {
      this.failures.push(`${where}: content type ${type} not declared (${Object.keys(content)})`);
      return;
    }
    const schema = content[type]?.["schema"] as Json | undefined;
    if (!schema || !type.endsWith("json")) {
      return;
    }
    const body: unknown = await response.json();
    const validate = this.validator(schema);
    if (!validate(body)) {
      const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message}`);
      this.failures.push(`${where}: body does not match the document: ${errors.join("; ")}`);
    }
  }

  private validator(schema: Json): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.validators.get(key);
    if (!validate) {
      // References inside the operation point at the document's components, which the base schema holds.
      validate = this.ajv.compile(JSON.parse(key.replaceAll('"#/components/', `"${BASE}#/components/`)) as Json);
      this.validators.set(key, validate);
    }
    return validate;
  }
}
