/**
 * Names the JSON body of a handler that writes its response itself (`@Res()`): the response schema
 * generator reads `T` where it cannot infer the body from the return type. Does nothing at run time.
 */
export function ResponseBody<T extends object>(_body?: T): MethodDecorator {
  return () => undefined;
}
