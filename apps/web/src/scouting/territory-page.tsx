import { lazy, Suspense, useState } from 'react';
import { useCompanies, useTerritory } from '../companies/queries';
import { Combobox } from '../shell/combobox';
import { LoadError, Loading } from '../shell/layout';
import { Link } from '../shell/router';
import { searchMunicipalities } from '../person/queries';
import { scoutingLabels, STAGE_LABELS } from './labels';
import { type MapMarker, MARKER_COLOURS } from './map-markers';
import { downloadPrioritiesCsv, useKmZero, usePriorities } from './queries';

const MarkersMap = lazy(() => import('./markers-map'));
const t = scoutingLabels.territory;

/** The territory on a map (uncovered positions, km zero businesses), the same points as a table. */
export function TerritoryPage() {
  const companies = useCompanies('');
  const territory = useTerritory();
  const uncovered = new Map(
    territory.data?.companies.items.map((c) => [
      c.companyId,
      c.uncoveredDisabled + c.uncoveredArt18,
    ]) ?? [],
  );
  const markers: MapMarker[] = [];
  for (const company of companies.data?.items ?? []) {
    const seat = company.sites.find((s) => s.legalSeat) ?? company.sites[0];
    if (!seat) continue;
    const place = {
      companyId: company.id,
      lat: seat.lat,
      lng: seat.lng,
      place: seat.municipalityName ?? '',
    };
    if (uncovered.has(company.id))
      markers.push({ id: `${company.id}-l68`, label: company.name, kind: 'uncovered', ...place });
    if (company.kmZero)
      markers.push({ id: `${company.id}-km0`, label: company.name, kind: 'kmZero', ...place });
  }

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {(companies.isPending || territory.isPending) && <Loading />}
      {companies.error && <LoadError error={companies.error} retry={companies.refetch} />}
      {territory.error && <LoadError error={territory.error} retry={territory.refetch} />}
      {companies.data && territory.data && (
        <>
          <Legend />
          <Suspense fallback={<Loading />}>
            <MarkersMap markers={markers} />
          </Suspense>
          <MarkersTable markers={markers} uncovered={uncovered} />
        </>
      )}
      <KmZeroNearby />
      <Priorities />
    </>
  );
}

function Legend() {
  return (
    <ul className="list-inline small mb-2">
      {(
        [
          ['uncovered', t.legendUncovered],
          ['kmZero', t.legendKmZero],
        ] as const
      ).map(([kind, label]) => (
        <li key={kind} className="list-inline-item me-3">
          <span
            aria-hidden="true"
            className="legend-dot"
            style={{ background: MARKER_COLOURS[kind] }}
          />{' '}
          {label}
        </li>
      ))}
    </ul>
  );
}

function MarkersTable({
  markers,
  uncovered,
}: {
  markers: MapMarker[];
  uncovered: Map<string, number>;
}) {
  const c = t.columns;
  if (markers.length === 0) return <p>{t.none}</p>;
  return (
    <div className="table-responsive mt-3" tabIndex={0}>
      <table className="table table-sm">
        <caption className="caption-top">{t.markersCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.kind}</th>
            <th scope="col">{c.place}</th>
            <th scope="col">{c.uncovered}</th>
          </tr>
        </thead>
        <tbody>
          {markers.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                <Link href={`/aziende/${m.companyId}`}>{m.label}</Link>
              </th>
              <td>{m.kind === 'uncovered' ? t.legendUncovered : t.legendKmZero}</td>
              <td>{m.place}</td>
              <td>{m.kind === 'uncovered' ? uncovered.get(m.companyId) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function KmZeroNearby() {
  const k = scoutingLabels.kmZero;
  const [municipality, setMunicipality] = useState<{ value: string; label: string } | null>(null);
  const [radius, setRadius] = useState(2);
  const nearby = useKmZero(municipality?.value ?? null, radius);
  return (
    <section aria-label={k.title} className="mt-4">
      <h2 className="h4">{k.title}</h2>
      <div className="row">
        <div className="col-md-8">
          <Combobox
            label={k.municipality}
            queryKey="municipalities"
            search={searchMunicipalities}
            selectedLabel={municipality?.label}
            onSelect={setMunicipality}
          />
        </div>
        <div className="col-md-4 mb-3">
          <label htmlFor="km-zero-radius" className="form-label fw-semibold">
            {k.radius}
          </label>
          <input
            id="km-zero-radius"
            type="number"
            min={0.5}
            max={20}
            step={0.5}
            className="form-control"
            value={radius}
            onChange={(e) => setRadius(Number(e.target.value) || 2)}
          />
        </div>
      </div>
      {nearby.error && <LoadError error={nearby.error} />}
      {nearby.data?.items.length === 0 && <p>{k.none}</p>}
      <ul>
        {nearby.data?.items.map((b) => (
          <li key={`${b.companyId}-${b.site.id}`}>
            <Link href={`/aziende/${b.companyId}`}>{b.name}</Link> – {b.site.address},{' '}
            {b.site.municipalityName} · {k.distance(b.distanceKm)} · {b.stageLabel}
            {b.openKmZeroVacancies > 0 && ` · ${k.openVacancies(b.openKmZeroVacancies)}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Priorities() {
  const p = scoutingLabels.priorities;
  const list = usePriorities();
  const [exportError, setExportError] = useState<unknown>(null);
  const c = p.columns;
  return (
    <section aria-label={p.title} className="mt-4">
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2">
        <h2 className="h4 mb-0">{p.title}</h2>
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => downloadPrioritiesCsv().then(() => setExportError(null), setExportError)}
        >
          {p.csv}
        </button>
      </div>
      <p>{p.intro}</p>
      {exportError !== null && <LoadError error={exportError} />}
      {list.isPending && <Loading />}
      {list.error && <LoadError error={list.error} retry={list.refetch} />}
      {list.data?.items.length === 0 && <p>{p.none}</p>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-responsive" tabIndex={0}>
          <table className="table table-sm">
            <thead>
              <tr>
                <th scope="col">{c.rank}</th>
                <th scope="col">{c.name}</th>
                <th scope="col">{c.place}</th>
                <th scope="col">{c.sector}</th>
                <th scope="col">{c.uncovered}</th>
                <th scope="col">{c.nearby}</th>
                <th scope="col">{c.fitting}</th>
                <th scope="col">{c.stage}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((item) => (
                <tr key={item.companyId}>
                  <td>{item.rank}</td>
                  <th scope="row">
                    <Link href={`/aziende/${item.companyId}`}>{item.name}</Link>
                  </th>
                  <td>{item.municipalityName ?? '–'}</td>
                  <td>{item.sectorLabel ?? '–'}</td>
                  <td>{item.uncoveredDisabled + item.uncoveredArt18}</td>
                  <td>{item.candidatesNearby ?? item.suppressed.candidatesNearby}</td>
                  <td>{item.fittingCandidates ?? item.suppressed.fittingCandidates}</td>
                  <td>{STAGE_LABELS[item.stage] ?? item.stage}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
