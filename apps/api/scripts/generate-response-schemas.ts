/**
 * Writes apps/api/src/openapi/response-schemas.generated.ts: the JSON Schema of what each controller
 * method answers, read by the TypeScript compiler from the method's return type (the views of the
 * libs are interfaces, which @nestjs/swagger cannot see). The OpenAPI setup attaches each schema to
 * its operation; test/openapi checks that the committed file matches the code.
 *
 *   node apps/api/scripts/generate-response-schemas.ts        (npm run openapi:schemas)
 */
import { writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const GENERATED_FILE = resolve(ROOT, 'apps/api/src/openapi/response-schemas.generated.ts');
const HTTP_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);

type Schema = Record<string, unknown>;

export interface ResponseSchemas {
  /** `Controller.method` → the schema of its JSON body (absent: no JSON body). */
  operations: Record<string, Schema>;
  components: Record<string, Schema>;
}

export function generateResponseSchemas(): ResponseSchemas {
  const configFile = ts.readConfigFile(resolve(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
  const roots = parsed.fileNames.filter((file) => /apps\/api\/src\/.*\.controller\.ts$/.test(file));
  const program = ts.createProgram(roots, { ...parsed.options, noEmit: true, incremental: false });
  const converter = new SchemaConverter(program.getTypeChecker());
  const operations: Record<string, Schema> = {};
  for (const file of roots.sort()) {
    const source = program.getSourceFile(file)!;
    for (const statement of source.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name) continue;
      const classDecorators = decoratorsOf(statement);
      if (!classDecorators.some((d) => d.name === 'Controller')) continue;
      // Left out of the document (the document itself, served to admins): nothing to describe.
      if (classDecorators.some((d) => d.name === 'ApiExcludeController')) continue;
      for (const member of statement.members) {
        if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
        const decorators = decoratorsOf(member);
        if (!decorators.some((d) => HTTP_DECORATORS.has(d.name))) continue;
        if (decorators.some((d) => d.name === 'ApiExcludeEndpoint')) continue;
        const key = `${statement.name.text}.${member.name.text}`;
        const schema = converter.bodyOf(member, decorators, key);
        if (schema) operations[key] = schema;
      }
    }
  }
  return { operations, components: converter.components };
}

interface DecoratorCall {
  name: string;
  call: ts.CallExpression;
}

function decoratorsOf(node: ts.HasDecorators): DecoratorCall[] {
  return (ts.getDecorators(node) ?? []).flatMap((decorator) => {
    const call = decorator.expression;
    if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return [];
    return [{ name: call.expression.text, call }];
  });
}

class SchemaConverter {
  readonly components: Record<string, Schema> = {};
  private readonly names = new Map<ts.Type, string>();
  private readonly checker: ts.TypeChecker;

  constructor(checker: ts.TypeChecker) {
    this.checker = checker;
  }

  /** The JSON body of a handler, or undefined when it answers something else (HTML, nothing). */
  bodyOf(
    method: ts.MethodDeclaration,
    decorators: DecoratorCall[],
    key: string,
  ): Schema | undefined {
    const declared = decorators.find((d) => d.name === 'ResponseBody')?.call.typeArguments?.[0];
    if (declared) return this.toSchema(this.checker.getTypeFromTypeNode(declared), key);
    const signature = this.checker.getSignatureFromDeclaration(method)!;
    const returned = this.checker.getReturnTypeOfSignature(signature);
    const body = this.checker.getAwaitedType(returned) ?? returned;
    // A handler that may answer text (HTML, CSV) or a file (a StreamableFile: CSV, XLSX) documents
    // that content itself; the rest is JSON.
    const parts = body.isUnion() ? body.types : [body];
    const json = parts.filter(
      (part) =>
        !(part.flags & (ts.TypeFlags.String | ts.TypeFlags.Void | ts.TypeFlags.Undefined)) &&
        part.getSymbol()?.getName() !== 'StreamableFile',
    );
    if (json.length === 0) return undefined;
    if (json.length === parts.length) return this.toSchema(body, key);
    if (json.length === 1) return this.toSchema(json[0], key);
    return { oneOf: json.map((part) => this.toSchema(part, key)) };
  }

  private toSchema(type: ts.Type, where: string): Schema {
    const { flags } = type;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (flags & ts.TypeFlags.StringLiteral)
      return { type: 'string', enum: [(type as ts.StringLiteralType).value] };
    if (flags & ts.TypeFlags.NumberLiteral)
      return { type: 'number', enum: [(type as ts.NumberLiteralType).value] };
    if (flags & ts.TypeFlags.BooleanLiteral)
      return { type: 'boolean', enum: [this.checker.typeToString(type) === 'true'] };
    if (flags & ts.TypeFlags.StringLike) return { type: 'string' };
    if (flags & ts.TypeFlags.NumberLike) return { type: 'number' };
    if (flags & ts.TypeFlags.BigIntLike) return { type: 'string' };
    if (flags & ts.TypeFlags.BooleanLike) return { type: 'boolean' };
    if (flags & ts.TypeFlags.Null) return { nullable: true };
    if (type.isUnion()) return this.unionSchema(type, where);
    // A branded primitive (`string & { __brand }`) is serialised as the primitive.
    const primitive = type.isIntersection()
      ? type.types.find((part) => part.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike))
      : undefined;
    if (primitive) return this.toSchema(primitive, where);
    if (type.isIntersection() || flags & ts.TypeFlags.Object) return this.objectSchema(type, where);
    throw new Error(`${where}: cannot describe ${this.checker.typeToString(type)}`);
  }

  private unionSchema(type: ts.UnionType, where: string): Schema {
    const members = type.types.filter(
      (member) => !(member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)),
    );
    const nullable = members.some((member) => member.flags & ts.TypeFlags.Null);
    const rest = members.filter((member) => !(member.flags & ts.TypeFlags.Null));
    let schema: Schema;
    if (rest.every((member) => member.flags & ts.TypeFlags.BooleanLiteral)) {
      schema = { type: 'boolean' };
    } else if (rest.every((member) => member.flags & ts.TypeFlags.StringLiteral)) {
      schema = {
        type: 'string',
        enum: rest.map((member) => (member as ts.StringLiteralType).value),
      };
    } else if (rest.every((member) => member.flags & ts.TypeFlags.NumberLiteral)) {
      schema = {
        type: 'number',
        enum: rest.map((member) => (member as ts.NumberLiteralType).value),
      };
    } else {
      // `true | false | X` arrive as three members: keep boolean once.
      const booleans = rest.filter((member) => member.flags & ts.TypeFlags.BooleanLiteral);
      const others = rest.filter((member) => !(member.flags & ts.TypeFlags.BooleanLiteral));
      const schemas = others.map((member) => this.toSchema(member, where));
      if (booleans.length) schemas.push({ type: 'boolean' });
      schema = schemas.length === 1 ? schemas[0] : { oneOf: schemas };
    }
    if (!nullable) return schema;
    if (rest.length === 0) return { nullable: true };
    // OpenAPI 3.0 has no `null` type: a nullable reference is an object wrapping it.
    if (schema.$ref) return { type: 'object', allOf: [schema], nullable: true };
    const variants = (schema.oneOf ?? []) as Schema[];
    if (!schema.type && variants.every((variant) => variant.$ref || variant.type === 'object'))
      return { type: 'object', ...schema, nullable: true };
    if (!schema.type) throw new Error(`${where}: a nullable union needs a common type`);
    return { ...schema, nullable: true };
  }

  private objectSchema(type: ts.Type, where: string): Schema {
    const checker = this.checker;
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const items = checker.getTypeArguments(type as ts.TypeReference);
      if (checker.isTupleType(type)) {
        const schemas = items.map((item) => this.toSchema(item, where));
        return {
          type: 'array',
          items: schemas.length === 1 ? schemas[0] : { oneOf: schemas },
          minItems: items.length,
          maxItems: items.length,
        };
      }
      return { type: 'array', items: this.toSchema(items[0], where) };
    }
    const symbolName = type.getSymbol()?.getName();
    if (symbolName === 'Date') return { type: 'string', format: 'date-time' };
    if (symbolName === 'DateTime') return { type: 'string', format: 'date-time' };
    const name = this.componentName(type);
    if (!name) return this.inlineObject(type, where);
    if (!this.names.has(type)) {
      const unique = this.uniqueName(name);
      this.names.set(type, unique);
      this.components[unique] = {};
      this.components[unique] = this.inlineObject(type, `${where} → ${unique}`);
    }
    return { $ref: `#/components/schemas/${this.names.get(type)}` };
  }

  /** Interfaces, classes and aliases that are not generic become components, named as in the code. */
  private componentName(type: ts.Type): string | undefined {
    const alias = type.aliasSymbol;
    if (alias) return this.genericName(alias.getName(), type.aliasTypeArguments ?? []);
    const symbol = type.getSymbol();
    if (!symbol || !(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class)))
      return undefined;
    if (symbol.declarations?.some((d) => d.getSourceFile().isDeclarationFile)) return undefined;
    return this.genericName(
      symbol.getName(),
      this.checker.getTypeArguments(type as ts.TypeReference),
    );
  }

  /** `Page<CandidateSummary>` is named `CandidateSummaryPage`; other generic instances stay inline. */
  private genericName(name: string, typeArguments: readonly ts.Type[]): string | undefined {
    if (typeArguments.length === 0) return name;
    const argumentNames = typeArguments.map((argument) => this.componentName(argument));
    if (argumentNames.some((argumentName) => !argumentName)) return undefined;
    return argumentNames.join('') + name;
  }

  private uniqueName(name: string): string {
    let candidate = name;
    for (let n = 2; candidate in this.components; n++) candidate = `${name}${n}`;
    return candidate;
  }

  private inlineObject(type: ts.Type, where: string): Schema {
    const checker = this.checker;
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      const propertyType = declaration
        ? checker.getTypeOfSymbolAtLocation(property, declaration)
        : checker.getTypeOfSymbol(property);
      // Methods and properties that are always undefined are not serialised.
      if (propertyType.getCallSignatures().length > 0) continue;
      if (propertyType.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) continue;
      const schema = this.toSchema(propertyType, `${where}.${property.getName()}`);
      const description = ts.displayPartsToString(property.getDocumentationComment(checker)).trim();
      const described = description && !schema.$ref ? { ...schema, description } : schema;
      properties[property.getName()] = described;
      const optional =
        property.flags & ts.SymbolFlags.Optional ||
        (propertyType.isUnion() &&
          propertyType.types.some((t) => t.flags & ts.TypeFlags.Undefined));
      if (!optional) required.push(property.getName());
    }
    const index = checker
      .getIndexInfosOfType(type)
      .find((info) => info.keyType.flags & ts.TypeFlags.String);
    const schema: Schema = { type: 'object' };
    if (Object.keys(properties).length > 0 || !index) schema.properties = properties;
    if (required.length) schema.required = required;
    if (index) schema.additionalProperties = this.toSchema(index.type, `${where}[]`);
    return schema;
  }
}

export function renderResponseSchemas(schemas: ResponseSchemas): string {
  return [
    `// Generated by apps/api/scripts/generate-response-schemas.ts (npm run openapi:schemas): do not edit.`,
    `// The JSON bodies the controllers answer, read from their return types.`,
    `import type { ResponseSchemas } from './response-schemas.js';`,
    ``,
    `export const RESPONSE_SCHEMAS: ResponseSchemas = ${JSON.stringify(schemas, null, 2)};`,
    ``,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { format, resolveConfig } = await import('prettier');
  const text = renderResponseSchemas(generateResponseSchemas());
  const options = await resolveConfig(GENERATED_FILE);
  writeFileSync(GENERATED_FILE, await format(text, { ...options, filepath: GENERATED_FILE }));
  console.error(`written ${relative(ROOT, GENERATED_FILE)}`);
}
