/**
 * Positions that may no longer be right today ($1 organisation, $2 today, $3 parameter dates):
 * - the hires counted differ from those in course today (a placement recorded, ended or removed;
 *   placements carry no update time, so their number is compared), or one was recorded after the
 *   computation (its hours may differ);
 * - since the day of the computation a convention or a declaration started or ended, or the law
 *   changed (a new amount, cap or rule).
 * One query with index probes per company; normally it finds none or a few.
 */
export const STALE_POSITIONS_SQL = `
  SELECT p.company_id
    FROM law68_positions p
    JOIN law68_declarations d ON d.id = p.declaration_id
   WHERE p.organisation_id = $1
     AND (p.placements_counted <> (
            SELECT count(*) FROM placements pl
             WHERE pl.company_id = p.company_id AND pl.counts_toward_l68
               AND pl.l68_category IS NOT NULL
               AND pl.start_date > d.reference_date AND pl.start_date <= $2
               AND (pl.end_date IS NULL OR pl.end_date >= $2))
       OR EXISTS (SELECT 1 FROM placements pl
                   WHERE pl.company_id = p.company_id AND pl.counts_toward_l68
                     AND pl.created_at > p.computed_at)
       OR (p.as_of < $2
           AND (EXISTS (SELECT 1 FROM law68_conventions v
                         WHERE v.company_id = p.company_id
                           AND ((v.start_date > p.as_of AND v.start_date <= $2)
                                OR (v.end_date >= p.as_of AND v.end_date < $2)))
                OR EXISTS (SELECT 1 FROM law68_declarations x
                            WHERE x.company_id = p.company_id
                              AND x.reference_date > p.as_of AND x.reference_date <= $2)
                OR EXISTS (SELECT 1 FROM unnest($3::date[]) AS b(day)
                            WHERE b.day > p.as_of AND b.day <= $2))))`;
