import { type DragEvent, useState } from 'react';
import { problemOf } from '../api/problem';
import { itDate } from '../companies/format';
import { ProblemAlert } from '../shell/fields';
import { LoadError, Loading } from '../shell/layout';
import { Link } from '../shell/router';
import { ActivityForm } from './activity-form';
import { scoutingLabels as t } from './labels';
import {
  type Pipeline,
  type PipelineCompany,
  type Stage,
  useActivities,
  useCompleteNextAction,
  useMoveStage,
  useNextActions,
  usePipeline,
} from './queries';

const DRAG_TYPE = 'application/x-incrocio-company';

/**
 * The scouting pipeline as a board: drag a card to another stage, or (keyboard, screen reader)
 * choose the stage in the card's "Sposta in" select and press Sposta. The API records every move.
 */
export function ScoutingBoardPage() {
  const pipeline = usePipeline();
  const move = useMoveStage();
  const [announcement, setAnnouncement] = useState('');
  const [over, setOver] = useState<Stage | null>(null);

  const moveTo = (company: PipelineCompany, stage: Stage, label: string) => {
    if (company.stage === stage) return;
    move.mutate(
      { companyId: company.companyId, stage },
      { onSuccess: () => setAnnouncement(t.moved(company.name, label)) },
    );
  };

  return (
    <>
      <h1>{t.boardTitle}</h1>
      <p className="lead">{t.boardIntro}</p>
      <p role="status" className="text-success">
        {announcement}
      </p>
      <ProblemAlert problem={problemOf(move.error)} />
      {pipeline.isPending && <Loading />}
      {pipeline.error && <LoadError error={pipeline.error} retry={pipeline.refetch} />}
      {pipeline.data && (
        <div className="scouting-board" role="list" aria-label={t.boardLabel}>
          {pipeline.data.stages.map((column) => {
            const cards = pipeline.data.companies.items.filter((c) => c.stage === column.stage);
            const drop = (event: DragEvent) => {
              event.preventDefault();
              setOver(null);
              const id = event.dataTransfer.getData(DRAG_TYPE);
              const company = pipeline.data.companies.items.find((c) => c.companyId === id);
              if (company) moveTo(company, column.stage, column.label);
            };
            return (
              <section
                key={column.stage}
                role="listitem"
                aria-label={column.label}
                className={`scouting-column${over === column.stage ? ' drop-target' : ''}`}
                data-stage={column.stage}
                onDragOver={(e) => {
                  e.preventDefault();
                  setOver(column.stage);
                }}
                onDragLeave={() => setOver(null)}
                onDrop={drop}
              >
                <h2 className="h6">
                  {column.label} <span className="badge bg-secondary">{cards.length}</span>
                </h2>
                {cards.length === 0 && <p className="small text-muted">{t.emptyStage}</p>}
                <ul className="list-unstyled mb-0">
                  {cards.map((company) => (
                    <BoardCard
                      key={company.companyId}
                      company={company}
                      stages={pipeline.data.stages}
                      onMove={moveTo}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
      <div className="row mt-4">
        <div className="col-lg-6">
          <NextActions />
          <RecentActivities />
        </div>
        <div className="col-lg-6">
          <ActivityForm companies={pipeline.data?.companies.items ?? []} />
        </div>
      </div>
    </>
  );
}

function BoardCard({
  company,
  stages,
  onMove,
}: {
  company: PipelineCompany;
  stages: Pipeline['stages'];
  onMove: (company: PipelineCompany, stage: Stage, label: string) => void;
}) {
  const [target, setTarget] = useState<Stage>(company.stage);
  const selectId = `move-${company.companyId}`;
  return (
    <li
      className="card shadow-sm mb-2 scouting-card"
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, company.companyId);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <div className="card-body p-2">
        <h3 className="h6 mb-1">
          <Link href={`/aziende/${company.companyId}`}>{company.name}</Link>
        </h3>
        <p className="small mb-1">
          {t.uncovered(company.uncoveredPositions)}
          {company.kmZero && <span className="badge bg-success ms-1">{t.kmZeroBadge}</span>}
        </p>
        <label htmlFor={selectId} className="small d-block">
          {t.moveTo(company.name)}
        </label>
        <select
          id={selectId}
          className="form-select form-select-sm mb-1"
          value={target}
          onChange={(e) => setTarget(e.target.value as Stage)}
        >
          {stages.map((s) => (
            <option key={s.stage} value={s.stage}>
              {s.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn-outline-primary btn-sm w-100"
          aria-label={t.moveAria(company.name)}
          onClick={() =>
            onMove(company, target, stages.find((s) => s.stage === target)?.label ?? target)
          }
        >
          {t.move}
        </button>
      </div>
    </li>
  );
}

function NextActions() {
  const actions = useNextActions();
  const done = useCompleteNextAction();
  const n = t.nextActions;
  return (
    <section aria-label={n.title} className="mb-4">
      <h2 className="h4">{n.title}</h2>
      {actions.isPending && <Loading />}
      {actions.error && <LoadError error={actions.error} />}
      {actions.data?.items.length === 0 && <p>{n.none}</p>}
      <ul className="list-unstyled">
        {actions.data?.items.map((a) => (
          <li
            key={a.activityId}
            className="d-flex justify-content-between gap-2 border-bottom py-2"
          >
            <span>
              <strong>{a.nextAction}</strong> – {a.companyName} ·{' '}
              <span className={a.overdue ? 'text-danger' : undefined}>
                {n.due(itDate(a.due), a.overdue)}
              </span>
            </span>
            <button
              type="button"
              className="btn btn-outline-primary btn-sm"
              aria-label={n.doneAria(a.nextAction, a.companyName)}
              onClick={() => done.mutate(a.activityId)}
            >
              {n.done}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function RecentActivities() {
  const activities = useActivities();
  const a = t.activities;
  return (
    <section aria-label={a.title}>
      <h2 className="h4">{a.title}</h2>
      {activities.data?.items.length === 0 && <p>{a.none}</p>}
      <ul>
        {activities.data?.items.map((x) => (
          <li key={x.id}>
            {itDate(x.occurredOn)} · {x.kindLabel} · {x.topicLabel}
            {x.notes && ` – ${x.notes}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
