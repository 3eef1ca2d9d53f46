import { useState } from 'react';
import { problemOf } from '../api/problem';
import { ProblemAlert } from '../shell/fields';
import { AutoSendSwitch, NewAreaForm } from './area-form';
import { LoadError, Loading } from '../shell/layout';
import { Link, navigate } from '../shell/router';
import { bulletinLabels as t, SECTION_LABELS } from './labels';
import {
  type Area,
  type Subscriber,
  useAreas,
  useCompose,
  useConsentHistory,
  useEditions,
  useSubscribers,
} from './queries';
import { weekKeyOf } from './week';

const date = (iso: string) => new Date(iso).toLocaleDateString('it-IT');

/** The bulletin's areas: compose this week's or next week's edition, the editions, the subscribers. */
export function BulletinPage() {
  const areas = useAreas();
  const [chosen, setChosen] = useState<string>('');
  const area = areas.data?.find((a) => a.id === chosen) ?? areas.data?.[0];
  const [said, setSaid] = useState('');

  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>
        <Link href="/redazione/contenuti">{t.manageContents}</Link>
      </p>
      <p role="status" className={said ? 'alert alert-success' : 'visually-hidden'}>
        {said}
      </p>
      <NewAreaForm onSaved={setSaid} />
      {areas.isPending && <Loading />}
      {areas.error && <LoadError error={areas.error} retry={() => areas.refetch()} />}
      {areas.data?.length === 0 && <p>{t.noAreas}</p>}
      {areas.data && areas.data.length > 1 && (
        <div className="select-wrapper mb-4" style={{ maxWidth: '24rem' }}>
          <label htmlFor="bulletin-area">{t.areas}</label>
          <select id="bulletin-area" value={area?.id} onChange={(e) => setChosen(e.target.value)}>
            {areas.data.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {area && <AreaEditions area={area} onSaved={setSaid} />}
    </>
  );
}

function AreaEditions({ area, onSaved }: { area: Area; onSaved(message: string): void }) {
  const editions = useEditions(area.id);
  const compose = useCompose(area.id);
  const subscribers = useSubscribers(area.id);
  const start = (plusWeeks: number) =>
    compose.mutate(weekKeyOf(new Date(), plusWeeks), {
      onSuccess: ({ edition }) => navigate(`/redazione/edizioni/${edition.id}`),
    });

  return (
    <section aria-labelledby="area-title">
      <h2 id="area-title" className="h3">
        {area.name}
      </h2>
      <p className="small">{area.sections.map((code) => SECTION_LABELS[code]).join(' · ')}</p>
      <AutoSendSwitch area={area} onSaved={onSaved} />
      <div className="d-flex flex-wrap gap-2 mb-3">
        <button
          type="button"
          className="btn btn-primary"
          disabled={compose.isPending}
          onClick={() => start(0)}
        >
          {t.composeThisWeek}
        </button>
        <button
          type="button"
          className="btn btn-outline-primary"
          disabled={compose.isPending}
          onClick={() => start(1)}
        >
          {t.composeNextWeek}
        </button>
      </div>
      {compose.isPending && <Loading />}
      <ProblemAlert problem={problemOf(compose.error)} />

      <h3 className="h4 mt-4">{t.editions}</h3>
      {editions.isPending && <Loading />}
      {editions.error && <LoadError error={editions.error} retry={() => editions.refetch()} />}
      {editions.data?.items.length === 0 && <p>{t.noEditions}</p>}
      {!!editions.data?.items.length && (
        <div className="table-responsive">
          <table className="table">
            <caption className="visually-hidden">{t.editions}</caption>
            <thead>
              <tr>
                <th scope="col">{t.week}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.items}</th>
              </tr>
            </thead>
            <tbody>
              {editions.data.items.map((edition) => (
                <tr key={edition.id}>
                  <th scope="row">
                    <Link
                      href={`/redazione/edizioni/${edition.id}`}
                      aria-label={t.open(area.name, edition.weekKey)}
                    >
                      {edition.weekKey}
                    </Link>
                  </th>
                  <td>{edition.statusLabel}</td>
                  <td>{Object.values(edition.counts).reduce((a, b) => a + (b ?? 0), 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3 className="h4 mt-4">{t.subscribers}</h3>
      {subscribers.isPending && <Loading />}
      {subscribers.data?.items.length === 0 && <p>{t.noSubscribers}</p>}
      {!!subscribers.data?.items.length && (
        <div className="table-responsive">
          <table className="table table-sm">
            <caption className="visually-hidden">{t.subscribers}</caption>
            <thead>
              <tr>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.consent}</th>
                <th scope="col">{t.bounces}</th>
              </tr>
            </thead>
            <tbody>
              {subscribers.data.items.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.email}</th>
                  <td>{t.subscriberStatus[s.status]}</td>
                  <td>
                    {s.consent
                      ? t.consentGiven(
                          date(s.consent.givenAt),
                          s.consent.textVersion,
                          t.consentMethod[s.consent.method],
                        )
                      : t.noConsent}
                    <ConsentHistory subscriber={s} />
                  </td>
                  <td>{s.bounceCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The subscriber's consent record, read when opened. */
function ConsentHistory({ subscriber }: { subscriber: Subscriber }) {
  const [open, setOpen] = useState(false);
  const history = useConsentHistory(subscriber.id, open);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="small">
        {t.consentHistory}
        <span className="visually-hidden"> {subscriber.email}</span>
      </summary>
      {history.isPending && open && <Loading />}
      {history.error && <LoadError error={history.error} />}
      <ol className="small mb-0">
        {history.data?.map((e, i) => (
          <li key={i}>
            {new Date(e.at).toLocaleString('it-IT')} – {t.consentEvent[e.event]} (
            {t.consentMethods[e.method] ?? e.method}
            {e.textVersion ? `, ${t.textVersion(e.textVersion)}` : ''})
          </li>
        ))}
      </ol>
    </details>
  );
}
