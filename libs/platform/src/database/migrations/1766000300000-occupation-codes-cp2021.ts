import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two starter occupations carried the wrong ISTAT CP2021 code (issue #13). Checked against the
 * official list: cleaning of offices and shops is 8.1.4.3.0, and 8.1.4.2.0 ("Personale non
 * qualificato nei servizi di ristorazione") is where dishwashers belong, not 8.2.1.1.0 (unskilled
 * staff in recreation and culture). Every stored reference moves with its meaning, in one CASE per
 * statement so that the two moves never chain (a cleaner must not become a dishwasher on the way).
 * The search documents of the records touched are rebuilt through the outbox, and their matches
 * recomputed.
 */
const MOVES = [
  ['8.1.4.2.0', '8.1.4.3.0'],
  ['8.2.1.1.0', '8.1.4.2.0'],
] as const;
const OLD_CODES = `ARRAY['8.1.4.2.0', '8.2.1.1.0']`;
const renamed = (expression: string) => `
  CASE ${expression} WHEN '8.1.4.2.0' THEN '8.1.4.3.0' WHEN '8.2.1.1.0' THEN '8.1.4.2.0'
  ELSE ${expression} END`;

/** The official titles of the two old codes: as terms, they stay with the code they name. */
const OFFICIAL_TITLES: Record<string, string> = {
  '8.1.4.2.0': 'Personale non qualificato nei servizi di ristorazione',
  '8.2.1.1.0': 'Personale non qualificato nei servizi ricreativi e culturali',
};
const CLEANING_TITLE =
  'Personale non qualificato addetto ai servizi di pulizia di uffici ed esercizi commerciali';
/** Terms are stored lower-case (these titles have no accents or punctuation). */
const normalised = (title: string) => title.toLowerCase();

export class OccupationCodesCp20211766000300000 implements MigrationInterface {
  name = 'OccupationCodesCp20211766000300000';

  async up(q: QueryRunner): Promise<void> {
    // The matches of the records touched are recomputed too (the matching's sweep takes requests).
    await q.query(`
      INSERT INTO match_subjects (subject_type, subject_id, organisation_id, requested_at)
      SELECT 'vacancy', id, organisation_id, now() FROM vacancies WHERE occupation_code = ANY(${OLD_CODES})
      UNION ALL
      SELECT 'candidate', id, organisation_id, now() FROM candidates
       WHERE preferred_occupations && ${OLD_CODES}
          OR jsonb_path_exists(experiences, '$[*] ? (@.occupationCode == "8.1.4.2.0" || @.occupationCode == "8.2.1.1.0")')
      ON CONFLICT (subject_type, subject_id) DO UPDATE SET requested_at = now()`);
    await q.query(`
      INSERT INTO search_outbox (index_name, record_id, organisation_id)
      SELECT 'vacancies', id, organisation_id FROM vacancies WHERE occupation_code = ANY(${OLD_CODES})
      UNION ALL
      SELECT 'candidates', id, organisation_id FROM candidates
       WHERE preferred_occupations && ${OLD_CODES}
          OR jsonb_path_exists(experiences, '$[*] ? (@.occupationCode == "8.1.4.2.0" || @.occupationCode == "8.2.1.1.0")')`);
    await q.query(`
      UPDATE vacancies SET occupation_code = ${renamed('occupation_code')}
       WHERE occupation_code = ANY(${OLD_CODES})`);
    await q.query(`
      UPDATE candidates c
         SET preferred_occupations = ARRAY(
               SELECT code FROM (
                 SELECT ${renamed('p')} AS code, n FROM unnest(c.preferred_occupations) WITH ORDINALITY AS u(p, n)
               ) moved GROUP BY code ORDER BY min(n))
       WHERE c.preferred_occupations && ${OLD_CODES}`);
    await q.query(`
      UPDATE candidates c
         SET experiences = (
               SELECT jsonb_agg(CASE WHEN e ->> 'occupationCode' = ANY(${OLD_CODES})
                                     THEN jsonb_set(e, '{occupationCode}', to_jsonb(${renamed(`(e ->> 'occupationCode')`)}))
                                     ELSE e END ORDER BY n)
                 FROM jsonb_array_elements(c.experiences) WITH ORDINALITY AS x(e, n))
       WHERE jsonb_path_exists(c.experiences, '$[*] ? (@.occupationCode == "8.1.4.2.0" || @.occupationCode == "8.2.1.1.0")')`);

    // The vocabulary: the starter names and their terms move to the right code; an official title
    // stays with the code it names. A database never seeded has nothing to move.
    await q.query(
      `INSERT INTO taxonomy_concepts (kind, code, system, label, parent_code)
       SELECT kind, '8.1.4.3.0', system,
              CASE WHEN label = 'Addetto alle pulizie' THEN label ELSE $1 END, '8.1.4.3'
         FROM taxonomy_concepts WHERE kind = 'OCCUPATION' AND code = '8.1.4.2.0'
       ON CONFLICT DO NOTHING`,
      [CLEANING_TITLE],
    );
    for (const [oldCode, newCode] of MOVES) {
      await q.query(
        `WITH moved AS (
           DELETE FROM taxonomy_terms
            WHERE kind = 'OCCUPATION' AND code = $1 AND term <> $3
              AND EXISTS (SELECT 1 FROM taxonomy_concepts WHERE kind = 'OCCUPATION' AND code = $2)
           RETURNING term)
         INSERT INTO taxonomy_terms (kind, code, term)
         SELECT 'OCCUPATION', $2, term FROM moved
         ON CONFLICT DO NOTHING`,
        [oldCode, newCode, normalised(OFFICIAL_TITLES[oldCode])],
      );
    }
    // One statement: the subquery reads the dishwasher's label as it was before the update.
    await q.query(
      `UPDATE taxonomy_concepts c
          SET label = CASE c.code
                WHEN '8.2.1.1.0' THEN $2
                ELSE coalesce((SELECT 'Lavapiatti' FROM taxonomy_concepts d
                                WHERE d.kind = 'OCCUPATION' AND d.code = '8.2.1.1.0'
                                  AND d.label = 'Lavapiatti'), $1) END
        WHERE c.kind = 'OCCUPATION'
          AND ((c.code = '8.1.4.2.0' AND c.label = 'Addetto alle pulizie')
            OR (c.code = '8.2.1.1.0' AND c.label = 'Lavapiatti'))`,
      [OFFICIAL_TITLES['8.1.4.2.0'], OFFICIAL_TITLES['8.2.1.1.0']],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // The old codes were wrong: going back would only bring the mistake back. Nothing to undo.
    void q;
  }
}
