/**
 * Checks HTTP traffic against GitHub's published OpenAPI description (@octokit/openapi), so the
 * fake API in github-api.ts accepts only what api.github.com would accept and answers only what
 * it documents. The 73 MB description is parsed once per test process; only the route table and
 * the operations the fake implements are kept.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

interface RawParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

interface RawOperation {
  operationId: string;
  parameters?: RawParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** A documented method + path template, in the order routes are tried. */
interface Route {
  method: string;
  template: string;
  operationId: string;
  pattern: RegExp;
  names: string[];
}

interface Extract {
  routes: Route[];
  operations: Map<string, RawOperation>;
}

const extracts = new Map<string, Promise<Extract>>();

function specPath(): string {
  const require = createRequire(import.meta.url);
  // The package has no "exports", so its package.json is resolvable and locates generated/.
  return join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.deref.json');
}

function compileRoute(method: string, template: string, operationId: string): Route {
  const names: string[] = [];
  const source = template
    .split('/')
    .map((segment) => segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    }))
    .join('/');
  return { method, template, operationId, pattern: new RegExp(`^${source}$`), names };
}

/** Routes with more literal segments win, so `/issues/comments/{id}` beats `/issues/{number}`. */
function literalSegments(template: string): number {
  return template.split('/').filter((s) => s && !s.includes('{')).length;
}

async function extract(operationIds: readonly string[]): Promise<Extract> {
  const spec = JSON.parse(await readFile(specPath(), 'utf8')) as { paths: Record<string, Record<string, RawOperation>> };
  const wanted = new Set(operationIds);
  const routes: Route[] = [];
  const operations = new Map<string, RawOperation>();
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      routes.push(compileRoute(method.toUpperCase(), template, operation.operationId));
      if (wanted.has(operation.operationId)) operations.set(operation.operationId, operation);
    }
  }
  routes.sort((a, b) => literalSegments(b.template) - literalSegments(a.template));
  const missing = operationIds.filter((id) => !operations.has(id));
  if (missing.length > 0) throw new Error(`@octokit/openapi documents no operation ${missing.join(', ')}`);
  return { routes, operations };
}

function mapSchemas(value: Json, fn: (schema: Schema) => Schema): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? fn(value) : value;
}

/**
 * OpenAPI 3.0 schema → JSON Schema for ajv. `nullable: true` becomes a null type (ajv's own
 * `nullable` support refuses schemas without `type`). With `closed`, objects that list their
 * properties reject others: our fake's responses must not invent fields GitHub does not send.
 * Members of `allOf` stay open, since each lists only part of the properties.
 */
export function toJsonSchema(schema: Schema, closed: boolean, inAllOf = false): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable' || key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, mapSchemas(s, (x) => toJsonSchema(x, closed))]));
    } else if (key === 'items' || key === 'additionalProperties' || key === 'not') {
      out[key] = mapSchemas(value, (x) => toJsonSchema(x, closed));
    } else if ((key === 'allOf' || key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
      out[key] = value.map((s) => mapSchemas(s, (x) => toJsonSchema(x, closed, key === 'allOf')));
    } else {
      out[key] = value;
    }
  }
  const composite = 'allOf' in out || 'anyOf' in out || 'oneOf' in out;
  if (closed && !inAllOf && !composite && 'properties' in out && !('additionalProperties' in out)) out.additionalProperties = false;
  if (schema.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

/** A request matched to a documented route. */
export interface RouteMatch {
  method: string;
  /** The documented path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  route: string;
  operationId: string;
  /** Raw (decoded) path parameters. */
  params: Record<string, string>;
  /** False when GitHub documents the route but the fake does not implement it. */
  implemented: boolean;
}

export interface RequestCheck {
  errors: string[];
  /** Path and query parameters converted to their schema types (integers as numbers). */
  params: Record<string, unknown>;
  query: Record<string, unknown>;
}

interface CompiledOperation {
  path: ValidateFunction;
  query: ValidateFunction;
  body?: { required: boolean; validate: ValidateFunction };
  responses: Map<number, ValidateFunction | null>;
}

function paramsSchema(parameters: RawParameter[], where: 'path' | 'query'): Schema {
  const own = parameters.filter((p) => p.in === where);
  return {
    type: 'object',
    properties: Object.fromEntries(own.map((p) => [p.name, toJsonSchema(p.schema ?? {}, false)])),
    required: own.filter((p) => p.required).map((p) => p.name),
    additionalProperties: false,
  };
}

function formatErrors(where: string, validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${e.keyword === 'additionalProperties' ? ` (${JSON.stringify(e.params.additionalProperty)})` : ''}`);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export class OpenApiChecker {
  private readonly compiled = new Map<string, CompiledOperation>();

  private constructor(private readonly source: Extract) {
    // Parameters arrive as strings; coercion turns "2" into 2 exactly where the schema wants an integer.
    const params = new Ajv({ strict: false, allErrors: true, coerceTypes: true, validateSchema: false });
    const bodies = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    for (const ajv of [params, bodies]) {
      ajvFormats.default(ajv);
      // GitHub's description uses OpenAPI's int32/int64 and a few of its own; they carry no rule we check.
      for (const name of ['int32', 'int64', 'binary', 'byte', 'uri-template', 'repo.nwo', 'ssh-key', 'ssh-key fingerprint']) ajv.addFormat(name, true);
    }
    for (const [id, op] of source.operations) {
      const parameters = op.parameters ?? [];
      const json = op.requestBody?.content?.['application/json']?.schema;
      const responses = new Map<number, ValidateFunction | null>();
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const schema = response.content?.['application/json']?.schema;
        responses.set(Number(status), schema ? bodies.compile(toJsonSchema(schema, true)) : null);
      }
      this.compiled.set(id, {
        path: params.compile(paramsSchema(parameters, 'path')),
        query: params.compile(paramsSchema(parameters, 'query')),
        ...(json && { body: { required: op.requestBody?.required === true, validate: bodies.compile(toJsonSchema(json, false)) } }),
        responses,
      });
    }
  }

  /** Loads (once per process and set of operations) the checker for the given operation ids. */
  static async load(operationIds: readonly string[]): Promise<OpenApiChecker> {
    const key = [...operationIds].sort().join(',');
    let pending = extracts.get(key);
    if (!pending) {
      pending = extract(operationIds);
      extracts.set(key, pending);
    }
    return new OpenApiChecker(await pending);
  }

  /** The documented route for a request, or undefined when GitHub has no such route. */
  match(method: string, pathname: string): RouteMatch | undefined {
    for (const route of this.source.routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      const params = Object.fromEntries(route.names.map((name, i) => [name, safeDecode(found[i + 1] ?? '')]));
      return { method, route: route.template, operationId: route.operationId, params, implemented: this.compiled.has(route.operationId) };
    }
    return undefined;
  }

  /** Validates path parameters, query parameters and the JSON body of an implemented operation. */
  checkRequest(match: RouteMatch, query: URLSearchParams, body: unknown): RequestCheck {
    const op = this.operation(match.operationId);
    const params: Record<string, unknown> = { ...match.params };
    const queryValues: Record<string, unknown> = Object.fromEntries(query.entries());
    const errors = [
      ...(op.path(params) ? [] : formatErrors('path', op.path)),
      ...(op.query(queryValues) ? [] : formatErrors('query', op.query)),
    ];
    if (body === undefined) {
      if (op.body?.required) errors.push('body is required');
    } else if (!op.body) {
      errors.push('body is not accepted by this operation');
    } else if (!op.body.validate(body)) {
      errors.push(...formatErrors('body', op.body.validate));
    }
    return { errors, params, query: queryValues };
  }

  /** Validates a response the fake sends; `documented` is false for a status the operation does not list. */
  checkResponse(match: RouteMatch, status: number, body: unknown): { documented: boolean; errors: string[] } {
    const op = this.operation(match.operationId);
    if (!op.responses.has(status)) return { documented: false, errors: [`status ${status} is not documented for ${match.operationId}`] };
    const validate = op.responses.get(status);
    if (!validate) return { documented: true, errors: body === undefined ? [] : [`status ${status} has no documented body`] };
    return { documented: true, errors: validate(body) ? [] : formatErrors('response', validate) };
  }

  private operation(id: string): CompiledOperation {
    const op = this.compiled.get(id);
    if (!op) throw new Error(`operation ${id} is not implemented by the fake`);
    return op;
  }
}
