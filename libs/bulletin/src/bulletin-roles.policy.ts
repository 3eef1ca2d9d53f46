/** Coordinators and tutors make the bulletin; consultants read it. */
export const BULLETIN_EDITORS = ['coordinator', 'tutor'] as const;
export const BULLETIN_READERS = ['coordinator', 'tutor', 'consultant'] as const;
