import { parseWeekKey } from '../domain/edition-week.js';
import { editionPagePath, recipientLinks } from './bulletin-links.js';
import { listUnsubscribeHeaders } from './list-unsubscribe.headers.js';

const site = { siteUrl: 'https://incrocio.example.org' };

describe('List-Unsubscribe headers', () => {
  it('offer one-click HTTPS unsubscribe and a mailto fallback', () => {
    const links = recipientLinks({ site, token: 'abc', unsubscribeMailbox: 'stop@example.org' });
    expect(listUnsubscribeHeaders(links)).toEqual({
      'List-Unsubscribe':
        '<https://incrocio.example.org/unsubscribe?token=abc>, <mailto:stop@example.org?subject=disiscrizione%20abc>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('work without a mailbox', () => {
    const links = recipientLinks({ site, token: 'abc' });
    expect(listUnsubscribeHeaders(links)['List-Unsubscribe']).toBe(
      '<https://incrocio.example.org/unsubscribe?token=abc>',
    );
  });

  it('refuse an unsubscribe address that is not HTTPS, as RFC 8058 requires', () => {
    expect(() => listUnsubscribeHeaders({ unsubscribeUrl: 'http://example.org/u' })).toThrow(
      expect.objectContaining({ code: 'INVALID_LINK' }),
    );
  });

  it('never let a line break or a bracket into the header', () => {
    const headers = listUnsubscribeHeaders({
      unsubscribeUrl: 'https://example.org/u?token=a\r\nBcc: victim@example.org',
    });
    expect(headers['List-Unsubscribe']).not.toMatch(/[\r\n]/);
    expect(() =>
      listUnsubscribeHeaders({
        unsubscribeUrl: 'https://example.org/u',
        unsubscribeMailto: 'mailto:a@example.org>, <https://evil.example',
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_LINK' }));
  });
});

describe('bulletin links', () => {
  it('encode the token and keep a site base path', () => {
    const links = recipientLinks({
      site: { siteUrl: 'https://example.org/incrocio/' },
      token: 'a b&c=d',
    });
    expect(links.unsubscribeUrl).toBe('https://example.org/incrocio/unsubscribe?token=a+b%26c%3Dd');
    expect(links.preferencesUrl).toBe('https://example.org/incrocio/preferences?token=a+b%26c%3Dd');
    expect(new URL(links.unsubscribeUrl).searchParams.get('token')).toBe('a b&c=d');
  });

  it('allow plain HTTP only for a local demo', () => {
    const local = recipientLinks({ site: { siteUrl: 'http://localhost:3000' }, token: 't' });
    expect(local.unsubscribeUrl).toBe('http://localhost:3000/unsubscribe?token=t');
    expect(() => recipientLinks({ site: { siteUrl: 'http://example.org' }, token: 't' })).toThrow(
      expect.objectContaining({ code: 'INVALID_LINK' }),
    );
  });

  it('refuse an empty token and a malformed mailbox', () => {
    expect(() => recipientLinks({ site, token: ' ' })).toThrow('iscrizione');
    expect(() => recipientLinks({ site, token: 't', unsubscribeMailbox: 'a@b>' })).toThrow(
      expect.objectContaining({ code: 'INVALID_LINK' }),
    );
  });

  it('build the public page path of an edition', () => {
    expect(editionPagePath('milano-municipio-2', parseWeekKey('2026-W48'))).toBe(
      '/bollettino/milano-municipio-2/2026-W48',
    );
    expect(() => editionPagePath('../admin', parseWeekKey('2026-W48'))).toThrow(
      expect.objectContaining({ code: 'INVALID_AREA' }),
    );
  });
});
