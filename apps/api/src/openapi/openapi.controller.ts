import { Controller, Get, Injectable, NotFoundException } from '@nestjs/common';
import { ApiExcludeController, type OpenAPIObject } from '@nestjs/swagger';
import { Roles } from '#libs/platform';

/** The API's own OpenAPI document, built once the application is configured (configure-app.ts). */
@Injectable()
export class OpenApiDocument {
  document?: OpenAPIObject;
}

/**
 * The OpenAPI document for administrators, through the usual token check. Where the pages are
 * public (OPENAPI_PUBLIC, or outside production) Swagger's own route answers first, to anyone.
 */
@ApiExcludeController()
@Controller('docs-json')
export class OpenApiController {
  constructor(private readonly openApi: OpenApiDocument) {}

  @Get()
  @Roles('admin')
  document(): OpenAPIObject {
    if (!this.openApi.document) throw new NotFoundException();
    return this.openApi.document;
  }
}
