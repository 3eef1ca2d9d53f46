import { type INestApplication, RequestMethod, type Type } from '@nestjs/common';
import {
  HTTP_CODE_METADATA,
  METHOD_METADATA,
  PATH_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { ModulesContainer } from '@nestjs/core';
import {
  ApiResponse,
  DECORATORS,
  DocumentBuilder,
  type OpenAPIObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { IS_PUBLIC, ROLES_ALLOWED } from '#libs/platform';
import { ApiProblems, type ProblemStatus } from './api-problems.decorator.js';
import { RESPONSE_SCHEMAS } from './response-schemas.generated.js';

/**
 * Client function names: `candidatesCreate`, `bulletinEditionsApprove`, `health` (stable while
 * controllers and methods keep their names).
 */
export function operationId(controllerKey: string, methodKey: string): string {
  const controller = controllerKey.replace(/Controller$/, '');
  const camel = controller[0].toLowerCase() + controller.slice(1);
  if (controller.toLowerCase().endsWith(methodKey.toLowerCase())) return camel;
  return camel + methodKey[0].toUpperCase() + methodKey.slice(1);
}

interface Route {
  controller: Type;
  method: string;
  isPublic: boolean;
}

/**
 * The OpenAPI document of the API, the contract the console is typed from and integrators read:
 * every operation with its success body and its problem+json errors.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const routes = routesOf(app);
  for (const route of routes) {
    documentSuccess(route);
    documentProblems(route);
  }
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Incrocio API')
      .setDescription(
        'Incrocio domanda-offerta: persone in carico, aziende, offerte, abbinamenti, quote L. 68/1999 e bollettino. ' +
          'Gli errori seguono RFC 9457 (application/problem+json) con un `code` stabile e un `detail` in italiano.',
      )
      .setVersion('0.1.0')
      .setLicense('AGPL-3.0-or-later', 'https://www.gnu.org/licenses/agpl-3.0.html')
      .addServer('/', 'L’installazione che serve questo documento')
      .addBearerAuth()
      .build(),
    { operationIdFactory: operationId },
  );
  const publicOperations = new Set(
    routes
      .filter((route) => route.isPublic)
      .map((route) => operationId(route.controller.name, route.method)),
  );
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations)) {
      if (
        typeof operation === 'object' &&
        'operationId' in operation &&
        publicOperations.has(operation.operationId)
      ) {
        operation.security = [];
      }
    }
  }
  addResponseComponents(document);
  return document;
}

/** The generated schemas of the response bodies join the DTO classes in `components`. */
function addResponseComponents(document: OpenAPIObject): void {
  const schemas = ((document.components ??= {}).schemas ??= {});
  for (const [name, schema] of Object.entries(RESPONSE_SCHEMAS.components)) {
    if (name in schemas) throw new Error(`OpenAPI: two schemas named ${name}`);
    schemas[name] = schema;
  }
}

/** Every route handler of the application's controllers. */
function routesOf(app: INestApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[method];
        if (method === 'constructor' || typeof handler !== 'function') continue;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const isPublic = Boolean(
          Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller),
        );
        routes.push({ controller, method, isPublic });
      }
    }
  }
  return routes;
}

const SUCCESS_DESCRIPTIONS: Record<number, string> = {
  200: 'OK',
  201: 'Creato',
  202: 'Accettato: il lavoro prosegue in background',
  204: 'Fatto, senza contenuto',
};

/** The success response: the JSON body generated from the handler's return type, or its declared text. */
function documentSuccess({ controller, method }: Route): void {
  const prototype = controller.prototype as Record<string, object>;
  const handler = prototype[method];
  const status: number =
    Reflect.getMetadata(HTTP_CODE_METADATA, handler) ??
    (Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST ? 201 : 200);
  const produces: string[] = Reflect.getMetadata(DECORATORS.API_PRODUCES, handler) ?? [];
  const body = RESPONSE_SCHEMAS.operations[`${controller.name}.${method}`];
  const content = Object.fromEntries([
    ...(body ? [['application/json', { schema: body }]] : []),
    ...produces
      .filter((type) => type.startsWith('text/'))
      .map((type) => [type, { schema: { type: 'string' } }]),
  ]);
  if (declaredStatuses(handler).has(String(status))) return;
  const descriptor = Object.getOwnPropertyDescriptor(prototype, method)!;
  ApiResponse({
    status,
    description: SUCCESS_DESCRIPTIONS[status] ?? 'OK',
    ...(Object.keys(content).length > 0 && { content }),
  })(prototype, method, descriptor);
}

/** The errors every operation of its kind can answer, besides those its controller names. */
function documentProblems({ controller, method, isPublic }: Route): void {
  const prototype = controller.prototype as Record<string, object>;
  const handler = prototype[method];
  const path = [
    Reflect.getMetadata(PATH_METADATA, controller),
    Reflect.getMetadata(PATH_METADATA, handler),
  ].join('/');
  const args = Object.keys(Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}).map(
    (key) => Number(key.split(':')[0]),
  );
  const hasBody = args.includes(RouteParamtypes.BODY);
  const statuses = new Set<ProblemStatus>([429]);
  if (hasBody || args.includes(RouteParamtypes.QUERY) || args.includes(RouteParamtypes.PARAM))
    statuses.add(400);
  if (!isPublic) statuses.add(401);
  if (Reflect.getMetadata(ROLES_ALLOWED, handler) ?? Reflect.getMetadata(ROLES_ALLOWED, controller))
    statuses.add(403);
  if (path.includes(':')) statuses.add(404);
  if (
    hasBody ||
    [RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH].includes(
      Reflect.getMetadata(METHOD_METADATA, handler),
    )
  )
    statuses.add(413);
  const declared = declaredStatuses(handler);
  const missing = [...statuses].filter((status) => !declared.has(String(status)));
  const descriptor = Object.getOwnPropertyDescriptor(prototype, method)!;
  ApiProblems(...missing)(prototype, method, descriptor);
}

/** The responses the controller declares itself win over the setup's (and a second run adds nothing). */
function declaredStatuses(handler: object): Set<string> {
  return new Set(Object.keys(Reflect.getMetadata(DECORATORS.API_RESPONSE, handler) ?? {}));
}
