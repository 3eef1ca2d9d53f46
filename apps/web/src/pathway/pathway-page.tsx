import { type FormEvent, useState } from 'react';
import { type ApiProblem, problemOf } from '../api/problem';
import { CONTRACT_TYPES } from '../person/labels';
import { useCandidate } from '../person/queries';
import { binder, CheckField, ProblemAlert, SelectField, TextField } from '../shell/fields';
import { LoadError, Loading } from '../shell/layout';
import { Link } from '../shell/router';
import { pathwayLabels as t } from './labels';
import {
  type Proposal,
  type Transition,
  usePlacements,
  useProposals,
  useRecordSoftOutcome,
  useSoftOutcomes,
  useTransition,
} from './queries';
import { todayInRome } from '../shell/dates';

const INTERNSHIPS = ['C.01.00', 'C.02.00', 'TIROCINIO_INCLUSIONE'];
const date = (iso: string) => new Date(iso).toLocaleDateString('it-IT');
const dateTime = (iso: string) =>
  new Date(iso).toLocaleString('it-IT', { dateStyle: 'short', timeStyle: 'short' });

export function PathwayPage({ candidateId }: { candidateId: string }) {
  const person = useCandidate(candidateId);
  const proposals = useProposals(candidateId);
  const placements = usePlacements(candidateId);
  const name = person.data ? `${person.data.firstName} ${person.data.lastName}` : '';
  // Loaded when opened: the page's first load stays within three requests.
  const [showSoft, setShowSoft] = useState(false);

  return (
    <>
      <h1>{t.title(name)}</h1>
      <p>
        <Link href={`/persone/${candidateId}/abbinamenti`}>{t.goToMatches}</Link>
      </p>
      <h2 className="h3">{t.proposals}</h2>
      {proposals.isPending && <Loading />}
      {proposals.error && <LoadError error={proposals.error} retry={() => proposals.refetch()} />}
      {proposals.data?.items.length === 0 && <p>{t.noProposals}</p>}
      {proposals.data?.items.map((proposal) => (
        <ProposalCard key={proposal.id} candidateId={candidateId} proposal={proposal} />
      ))}

      <h2 className="h3 mt-5">{t.placements}</h2>
      {placements.isPending && <Loading />}
      {placements.data?.length === 0 && <p>{t.noPlacements}</p>}
      <ul>
        {placements.data?.map((p) => (
          <li key={p.id}>
            <strong>{p.contractLabel}</strong> ({p.contractType}) {t.from} {date(p.startDate)}
            {p.endDate && ` ${t.to} ${date(p.endDate)}`}
            {p.weeklyHours !== null && ` · ${t.hours(p.weeklyHours)}`}
            {p.kmZero && <span className="badge bg-success ms-2">{t.placement.kmZero}</span>}
            {p.countsTowardL68 && <span className="badge bg-dark ms-2">L. 68</span>}
          </li>
        ))}
      </ul>

      <details className="mt-5" onToggle={(e) => setShowSoft(e.currentTarget.open)}>
        <summary className="h3">{t.softOutcomes}</summary>
        {showSoft && <SoftOutcomes candidateId={candidateId} />}
      </details>
    </>
  );
}

function ProposalCard({ candidateId, proposal }: { candidateId: string; proposal: Proposal }) {
  const [to, setTo] = useState<string | null>(null);
  const titleId = `proposal-${proposal.id}`;
  return (
    <section className="card shadow-sm mb-3" aria-labelledby={titleId}>
      <div className="card-body">
        <h3 id={titleId} className="h5 mb-1">
          {proposal.vacancyTitle} – {proposal.companyName}
        </h3>
        <p className="mb-2">
          {t.state}: <strong>{proposal.stateLabel}</strong>
          {proposal.declineReasonLabel && ` (${proposal.declineReasonLabel})`}
        </p>
        <details className="mb-2">
          <summary>{t.log}</summary>
          <ol className="small">
            {proposal.events.map((event, i) => (
              <li key={i}>
                {dateTime(event.at)}: {event.toLabel}
                {event.reason &&
                  ` – ${t.declineReasons[event.reason as keyof typeof t.declineReasons] ?? event.reason}`}
                {event.note && ` – “${event.note}”`}
              </li>
            ))}
          </ol>
        </details>
        {proposal.nextStates.length > 0 && !to && (
          <div
            role="group"
            aria-label={`${t.nextStep}: ${proposal.vacancyTitle}`}
            className="d-flex flex-wrap gap-2"
          >
            {proposal.nextStates.map((state) => (
              <button
                key={state}
                type="button"
                className="btn btn-outline-primary btn-sm"
                onClick={() => setTo(state)}
              >
                {t.moveTo[state] ?? state}
              </button>
            ))}
          </div>
        )}
        {to && (
          <TransitionForm
            candidateId={candidateId}
            proposal={proposal}
            to={to}
            onDone={() => setTo(null)}
          />
        )}
      </div>
    </section>
  );
}

function TransitionForm({
  candidateId,
  proposal,
  to,
  onDone,
}: {
  candidateId: string;
  proposal: Proposal;
  to: string;
  onDone: () => void;
}) {
  const transition = useTransition(candidateId);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const bind = binder(problem);
  const needsPlacement = to === 'HIRED' || to === 'INTERNSHIP_STARTED';
  const [reason, setReason] = useState('PROFILE_NOT_MATCHING');
  const [note, setNote] = useState('');
  const [contractType, setContractType] = useState(to === 'HIRED' ? 'A.02.00' : 'C.01.00');
  const [weeklyHours, setWeeklyHours] = useState('');
  const [fullTimeHours, setFullTimeHours] = useState('');
  const [startDate, setStartDate] = useState(todayInRome());
  const [endDate, setEndDate] = useState('');
  const [kmZero, setKmZero] = useState(false);
  const [countsTowardL68, setCountsTowardL68] = useState(false);
  const [promoter, setPromoter] = useState('');
  const [allowance, setAllowance] = useState('');
  const isInternship = INTERNSHIPS.includes(contractType);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body: Transition = {
      to: to as Transition['to'],
      version: proposal.version,
      note: note || null,
      ...(to === 'DECLINED_BY_COMPANY' ? { reason: reason as Transition['reason'] } : {}),
      ...(needsPlacement
        ? {
            placement: {
              contractType: contractType as NonNullable<Transition['placement']>['contractType'],
              weeklyHours: weeklyHours ? Number(weeklyHours) : null,
              fullTimeHours: fullTimeHours ? Number(fullTimeHours) : null,
              startDate,
              endDate: endDate || null,
              kmZero,
              countsTowardL68,
              internship: isInternship
                ? { promoter, monthlyAllowanceCents: Math.round(Number(allowance || 0) * 100) }
                : null,
            },
          }
        : {}),
    };
    try {
      await transition.mutateAsync({ id: proposal.id, body });
      onDone();
    } catch (error) {
      setProblem(problemOf(error));
    }
  }

  return (
    <form onSubmit={submit} className="border-top pt-3 mt-2" aria-label={t.moveTo[to] ?? to}>
      <h4 className="h6">{t.moveTo[to] ?? to}</h4>
      <ProblemAlert problem={problem} />
      {to === 'DECLINED_BY_COMPANY' && (
        <SelectField
          label={t.reason}
          options={Object.entries(t.declineReasons)}
          {...bind('reason', reason, setReason)}
        />
      )}
      {needsPlacement && (
        <fieldset>
          <legend className="h6">{t.placement.title}</legend>
          <div className="row">
            <div className="col-md-6">
              <SelectField
                label={t.placement.contractType}
                options={CONTRACT_TYPES.map(
                  ([code, label]) => [code, `${label} (${code})`] as const,
                )}
                {...bind('placement.contractType', contractType, setContractType)}
              />
            </div>
            <div className="col-md-3">
              <TextField
                label={t.placement.weeklyHours}
                type="number"
                min={1}
                max={60}
                {...bind('placement.weeklyHours', weeklyHours, setWeeklyHours)}
              />
            </div>
            <div className="col-md-3">
              <TextField
                label={t.placement.fullTimeHours}
                type="number"
                min={1}
                max={60}
                {...bind('placement.fullTimeHours', fullTimeHours, setFullTimeHours)}
              />
            </div>
            <div className="col-md-6">
              <TextField
                label={t.placement.startDate}
                type="date"
                {...bind('placement.startDate', startDate, setStartDate)}
              />
            </div>
            <div className="col-md-6">
              <TextField
                label={t.placement.endDate}
                type="date"
                {...bind('placement.endDate', endDate, setEndDate)}
              />
            </div>
            {isInternship && (
              <>
                <div className="col-md-6">
                  <TextField
                    label={t.placement.promoter}
                    {...bind('placement.internship.promoter', promoter, setPromoter)}
                  />
                </div>
                <div className="col-md-6">
                  <TextField
                    label={t.placement.allowance}
                    type="number"
                    min={0}
                    step="0.01"
                    {...bind('placement.internship.monthlyAllowanceCents', allowance, setAllowance)}
                  />
                </div>
              </>
            )}
          </div>
          <CheckField
            label={t.placement.kmZero}
            checked={kmZero}
            onChange={(e) => setKmZero(e.target.checked)}
          />
          <CheckField
            label={t.placement.countsTowardL68}
            checked={countsTowardL68}
            onChange={(e) => setCountsTowardL68(e.target.checked)}
          />
        </fieldset>
      )}
      <TextField label={t.note} {...bind('note', note, setNote)} />
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={transition.isPending}>
          {t.record}
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

function SoftOutcomes({ candidateId }: { candidateId: string }) {
  const outcomes = useSoftOutcomes(candidateId);
  const record = useRecordSoftOutcome(candidateId);
  const [kind, setKind] = useState<(typeof t.softKinds)[number][0]>('EDUCATIONAL_GOALS');
  const [level, setLevel] = useState('3');
  const [notes, setNotes] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const bind = binder(problem);
  const kindLabel = (code: string) => t.softKinds.find(([c]) => c === code)?.[1] ?? code;
  const levelLabel = (n: number | null) => t.softLevels.find(([l]) => l === String(n))?.[1] ?? '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await record.mutateAsync({ kind, level: Number(level), notes: notes || null });
      setNotes('');
      setProblem(null);
    } catch (error) {
      setProblem(problemOf(error));
    }
  }

  return (
    <div className="mt-3">
      {outcomes.isPending && <Loading />}
      {outcomes.data?.length === 0 && <p>{t.noSoftOutcomes}</p>}
      <ul>
        {outcomes.data?.map((o) => (
          <li key={o.id}>
            <strong>{kindLabel(o.kind)}</strong>: {levelLabel(o.level)}
            {o.notes && ` – ${o.notes}`}
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="row g-2 align-items-end">
        <ProblemAlert problem={problem && !problem.body.errors ? problem : null} />
        <div className="col-md-5">
          <SelectField
            label={t.softKind}
            options={t.softKinds}
            {...bind('kind', kind, (v) => setKind(v as typeof kind))}
          />
        </div>
        <div className="col-md-3">
          <SelectField
            label={t.softLevel}
            options={t.softLevels}
            {...bind('level', level, setLevel)}
          />
        </div>
        <div className="col-md-4">
          <TextField label={t.softNotes} {...bind('notes', notes, setNotes)} />
        </div>
        <div className="col-12">
          <button type="submit" className="btn btn-primary btn-sm" disabled={record.isPending}>
            {t.softRecord}
          </button>
        </div>
      </form>
    </div>
  );
}
