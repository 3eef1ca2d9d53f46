import Handlebars from 'handlebars';

/*
 * A private Handlebars environment: helpers or partials other modules register on the global one
 * cannot change how a bulletin renders. Templates are compiled in strict mode, so a field the view
 * does not have fails loudly instead of printing nothing.
 */
const engine = Handlebars.create();

export type Render<T> = (view: T) => string;

/** For HTML: every `{{value}}` is escaped. Templates never use the unescaped `{{{value}}}`. */
export function compileHtml<T>(source: string): Render<T> {
  const template = engine.compile<T>(source, { strict: true });
  return (view) => template(view);
}

/** For text/plain: nothing is interpreted as markup, so nothing is escaped. */
export function compileText<T>(source: string): Render<T> {
  const template = engine.compile<T>(source, { strict: true, noEscape: true });
  return (view) => template(view);
}
