import { itDate } from '../companies/format';
import { LoadError } from '../shell/layout';
import { Link } from '../shell/router';
import { scoutingLabels } from './labels';
import { useCompanyScouting } from './queries';

const t = scoutingLabels.company;

/** A company's scouting stage, every move between stages and its contacts (for the company page). */
export function CompanyScouting({ companyId }: { companyId: string }) {
  const scouting = useCompanyScouting(companyId);
  if (scouting.error) return <LoadError error={scouting.error} retry={scouting.refetch} />;
  const s = scouting.data;
  if (!s) return null;
  return (
    <section className="mb-4" aria-label={t.title}>
      <h2 className="h4">{t.title}</h2>
      <p>
        <strong>{t.stage}:</strong> {s.stageLabel}
        {s.stageChangedAt && ` (${t.since(itDate(s.stageChangedAt))})`} ·{' '}
        <Link href="/scouting">{t.board}</Link>
      </p>
      <div className="row">
        <div className="col-md-6">
          <h3 className="h6">{t.history}</h3>
          {s.stageHistory.length === 0 && <p>{t.noHistory}</p>}
          <ol>
            {s.stageHistory.map((move) => (
              <li key={move.id}>
                {t.move(itDate(move.changedAt), move.toStageLabel)}
                {move.note && ` – ${move.note}`}
              </li>
            ))}
          </ol>
        </div>
        <div className="col-md-6">
          <h3 className="h6">{t.activities}</h3>
          {s.activities.length === 0 && <p>{t.noActivities}</p>}
          <ul>
            {s.activities.map((a) => (
              <li key={a.id}>
                {itDate(a.occurredOn)} · {a.kindLabel} · {a.topicLabel}
                {a.nextAction && ` → ${a.nextAction}`}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
