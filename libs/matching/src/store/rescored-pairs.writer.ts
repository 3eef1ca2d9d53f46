import type { DataSource, EntityManager } from 'typeorm';

/** A stored pair's new score and explanation; its place in the lists (for_*) stays as it is. */
export interface RescoredPair {
  candidateId: string;
  score: number;
  /** The explanation packed as stored, in JSON (packedExplanationJson). */
  explanation: string;
}

/**
 * The people whose stored pairs hold the vacancy, in any list (theirs or the vacancy's), of every
 * organisation: a vacancy shared in a network is in the lists of the other members' people.
 */
export async function peopleHoldingVacancy(
  db: DataSource | EntityManager,
  vacancyId: string,
): Promise<string[]> {
  const rows: Array<{ candidate_id: string }> = await db.query(
    `SELECT candidate_id FROM matches WHERE vacancy_id = $1`,
    [vacancyId],
  );
  return rows.map((row) => row.candidate_id);
}

/**
 * Rewrites the score and explanation of stored pairs of one vacancy, and nothing else: the lists
 * they are in, the organisation they belong to (the person's) and when they first appeared stay (a
 * re-rank is not a new match).
 */
export async function rescorePairs(
  db: DataSource | EntityManager,
  vacancyId: string,
  pairs: readonly RescoredPair[],
): Promise<number> {
  if (pairs.length === 0) return 0;
  const json = pairs.map(
    (pair) =>
      `{"candidate_id":${JSON.stringify(pair.candidateId)},"score":${pair.score},"factors":${pair.explanation}}`,
  );
  const [, count]: [unknown, number] = await db.query(
    `WITH r AS (SELECT * FROM json_to_recordset($1::json)
                  AS r(candidate_id uuid, score numeric, factors json)),
          rescored AS (UPDATE matches m SET score = r.score, computed_at = now() FROM r
                        WHERE m.vacancy_id = $2 AND m.candidate_id = r.candidate_id
                    RETURNING m.candidate_id)
     UPDATE match_explanations e SET factors = r.factors FROM r JOIN rescored USING (candidate_id)
      WHERE e.vacancy_id = $2 AND e.candidate_id = r.candidate_id`,
    [`[${json.join(',')}]`, vacancyId],
  );
  return count;
}
