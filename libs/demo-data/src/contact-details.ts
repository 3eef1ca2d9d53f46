import type { Rng } from './prng.js';

/**
 * Contact details for people who do not exist: e-mail addresses under example.org (reserved by
 * RFC 2606, no mail is ever delivered there) and mobile numbers whose subscriber part starts with
 * 000, so that anyone reading them sees at once they are made up. Nothing may call or text them.
 */
export const DEMO_EMAIL_DOMAIN = 'example.org';

export function asciiSlug(text: string, separator = '.'): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}

export function demoEmail(
  rng: Rng,
  firstName: string,
  lastName: string,
  domain = DEMO_EMAIL_DOMAIN,
) {
  const local = `${asciiSlug(firstName)}.${asciiSlug(lastName)}`;
  const suffix = rng.chance(0.6) ? String(rng.int(1, 99)) : '';
  return `${local}${suffix}@${domain}`;
}

/** "347 0001234": a real mobile prefix followed by the unassigned 000 block. */
export function demoPhone(rng: Rng): string {
  const prefix = rng.pick([
    '320',
    '328',
    '329',
    '331',
    '333',
    '338',
    '339',
    '340',
    '347',
    '348',
    '349',
    '351',
    '366',
    '380',
    '388',
    '392',
  ]);
  return `${prefix} 000${String(rng.int(0, 9999)).padStart(4, '0')}`;
}
