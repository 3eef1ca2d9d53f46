/**
 * The explanations of stored pairs live in `match_explanations`, beside `matches` (migration
 * 1766001000000: the lists' queries read narrow rows). A writer of `matches` reads its rows from
 * the recordset `r` (with `candidate_id`, `vacancy_id` and the packed `factors`) and this wraps its
 * statement so that the explanation of every pair it wrote (inserted or updated: not the rows its
 * conditions left out) is written in the same statement.
 */
export function writingExplanations(recordset: string, writeMatches: string): string {
  return `WITH r AS (SELECT * FROM ${recordset}),
    written AS (${writeMatches} RETURNING candidate_id, vacancy_id)
    INSERT INTO match_explanations (candidate_id, vacancy_id, factors)
    SELECT r.candidate_id, r.vacancy_id, r.factors FROM r JOIN written USING (candidate_id, vacancy_id)
    ON CONFLICT (candidate_id, vacancy_id) DO UPDATE SET factors = EXCLUDED.factors`;
}

/** The join that gives the rows of `matches` alias `m` their explanation as `e.factors`. */
export function explanationJoinSql(m: string): string {
  return `JOIN match_explanations e ON e.candidate_id = ${m}.candidate_id AND e.vacancy_id = ${m}.vacancy_id`;
}
