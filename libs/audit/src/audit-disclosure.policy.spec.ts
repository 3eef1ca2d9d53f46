import { discloseAuditEntry, SPECIAL_CATEGORIES_LABEL } from './audit-disclosure.policy.js';
import type { AuditEntryEntity } from './audit-entry.entity.js';

const entry = (details: Record<string, unknown>): AuditEntryEntity => ({
  id: '1',
  at: new Date('2026-12-01T10:00:00Z'),
  organisationId: 'org',
  actorUserId: 'user',
  actorRole: 'tutor',
  action: 'SENSITIVE_READ',
  subjectType: 'candidate',
  subjectId: 'person',
  ip: null,
  details,
});

describe('discloseAuditEntry', () => {
  it('shows coordinators the fields an entry names', () => {
    const read = entry({ purpose: 'consultazione scheda', fields: ['health', 'justice'] });
    expect(discloseAuditEntry(read, 'coordinator').details.fields).toEqual(['health', 'justice']);
  });

  it('shows administrators one generic label, however many fields, none included', () => {
    for (const fields of [['health', 'justice'], ['l68'], []]) {
      const shown = discloseAuditEntry(entry({ purpose: 'modifica', fields }), 'admin');
      expect(shown.details).toEqual({ purpose: 'modifica', fields: [SPECIAL_CATEGORIES_LABEL] });
    }
  });

  it('leaves entries without field names as they are', () => {
    const login = entry({ reason: 'unknown_email' });
    expect(discloseAuditEntry(login, 'admin')).toBe(login);
  });
});
