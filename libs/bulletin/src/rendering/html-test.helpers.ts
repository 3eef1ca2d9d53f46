/** Reading rendered HTML in specs the way a browser or mail client would. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** Every link target, decoded. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) => decodeEntities(match[1]));
}

/** Text of every element of one tag (h2, h3 …), decoded and without inner markup. */
export function textsOf(html: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(pattern)].map((match) =>
    decodeEntities(match[1].replace(/<[^>]+>/g, '')).trim(),
  );
}

/** Link texts keyed by target, decoded. */
export function linksByHref(html: string): Map<string, string> {
  const pattern = /<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g;
  return new Map(
    [...html.matchAll(pattern)].map((match) => [
      decodeEntities(match[1]),
      decodeEntities(match[2].replace(/<[^>]+>/g, '')).trim(),
    ]),
  );
}
