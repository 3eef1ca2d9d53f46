/**
 * The placements of a company that count toward its Law 68 quota ($1 organisation, $2 company),
 * oldest first. The table belongs to the pathway lib, which records placements; law68 only reads it.
 */
export const COUNTED_PLACEMENTS_SQL = `
  SELECT id, l68_category, weekly_hours, full_time_hours,
         to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date
    FROM placements
   WHERE organisation_id = $1 AND company_id = $2 AND counts_toward_l68
   ORDER BY start_date, id`;
