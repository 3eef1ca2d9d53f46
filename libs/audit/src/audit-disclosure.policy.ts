import type { Role } from '#libs/platform';
import type { AuditEntryEntity } from './audit-entry.entity.js';

/** What an administrator reads in place of the special-category fields an entry names. */
export const SPECIAL_CATEGORIES_LABEL = 'dati particolari';

/**
 * Need-to-know in the audit log. Entries about a person name the fields that were read or changed
 * (`details.fields`: health, justice, l68, ...), and those names alone say which special categories
 * the person has. Coordinators may read that data anyway and need the names to answer for who read
 * what; administrators manage accounts, not cases, so every entry that names fields shows them one
 * generic label instead, whatever and however many the fields were (an empty list too, so that
 * "nothing" cannot be told apart from "something").
 */
export function discloseAuditEntry(entry: AuditEntryEntity, readerRole: Role): AuditEntryEntity {
  if (readerRole === 'coordinator' || !('fields' in entry.details)) return entry;
  return { ...entry, details: { ...entry.details, fields: [SPECIAL_CATEGORIES_LABEL] } };
}
