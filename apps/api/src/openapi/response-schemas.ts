import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';

/** The JSON bodies of the handlers, generated from their return types (response-schemas.generated.ts). */
export interface ResponseSchemas {
  /** `Controller.method` → the schema of its JSON body (absent: the handler answers no JSON). */
  operations: Record<string, SchemaObject | ReferenceObject>;
  components: Record<string, SchemaObject>;
}
