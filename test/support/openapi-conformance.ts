/**
 * Checks a real response against the OpenAPI document: the status must be documented for the
 * operation, with the content type, and the body must match the schema. Strict where a typed
 * client needs it: a field the schema does not list, a missing required field, a null where the
 * schema does not allow one, a value of another type are all reported.
 */
export type Schema = {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  items?: Schema;
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
};

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, Schema> };
}

interface OperationObject {
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

export interface ObservedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export function conformanceProblems(
  document: OpenApiDocument,
  method: string,
  pathTemplate: string,
  response: ObservedResponse,
): string[] {
  const where = `${method.toUpperCase()} ${pathTemplate} ${response.status}`;
  const operation = document.paths[pathTemplate]?.[method];
  if (!operation) return [`${where}: no such operation in the document`];
  const documented = operation.responses[String(response.status)];
  if (!documented) return [`${where}: status not documented`];
  const contentType = String(response.headers['content-type'] ?? '').split(';')[0];
  if (!contentType) return documented.content ? [`${where}: no content, one documented`] : [];
  const media = documented.content?.[contentType];
  if (!media) return [`${where}: content type ${contentType} not documented`];
  if (!contentType.endsWith('json') || !media.schema) return [];
  return validate(document, media.schema, response.body, where);
}

function validate(document: OpenApiDocument, schema: Schema, value: unknown, at: string): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return validate(document, document.components.schemas[name], value, at);
  }
  if (value === null) return schema.nullable ? [] : [`${at}: null not allowed`];
  if (schema.allOf) return schema.allOf.flatMap((part) => validate(document, part, value, at));
  if (schema.oneOf) {
    const matching = schema.oneOf.filter(
      (variant) => validate(document, variant, value, at).length === 0,
    );
    return matching.length > 0 ? [] : [`${at}: matches none of the variants`];
  }
  if (schema.enum && !schema.enum.includes(value))
    return [`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`];
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' ? [] : [`${at}: expected a string, got ${typeof value}`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: expected a number, got ${typeof value}`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: expected an integer, got ${value}`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: expected a boolean, got ${typeof value}`];
    case 'array':
      if (!Array.isArray(value)) return [`${at}: expected an array`];
      return value.flatMap((item, index) =>
        validate(document, schema.items ?? {}, item, `${at}[${index}]`),
      );
    case 'object':
    case undefined:
      if (!schema.properties && !schema.additionalProperties) return [];
      if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected an object`];
      return validateObject(document, schema, value as Record<string, unknown>, at);
    default:
      return [`${at}: unknown schema type ${schema.type}`];
  }
}

function validateObject(
  document: OpenApiDocument,
  schema: Schema,
  value: Record<string, unknown>,
  at: string,
): string[] {
  const properties = schema.properties ?? {};
  const problems = (schema.required ?? [])
    .filter((name) => !(name in value))
    .map((name) => `${at}.${name}: required, missing`);
  for (const [name, field] of Object.entries(value)) {
    const fieldSchema =
      properties[name] ??
      (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    if (fieldSchema) problems.push(...validate(document, fieldSchema, field, `${at}.${name}`));
    else if (!schema.additionalProperties) problems.push(`${at}.${name}: not in the schema`);
  }
  return problems;
}
