import { useState } from 'react';
import { problemOf } from '../api/problem';
import { useCompanies } from '../companies/queries';
import { AvailabilityGrid } from '../person/availability-grid';
import { searchOccupations } from '../person/queries';
import { Combobox } from '../shell/combobox';
import { CONTRACT_TYPES, ITALIAN_LEVELS } from '../person/labels';
import { binder, CheckField, ProblemAlert, SelectField, TextField } from '../shell/fields';
import { LoadError, Loading } from '../shell/layout';
import { Link, navigate } from '../shell/router';
import { vacanciesLabels as t } from './labels';
import { useSaveVacancy, useVacancy, type Vacancy } from './queries';
import { bodyOf, emptyForm, formOf, type VacancyForm } from './vacancy-form';

/** Create (`/offerte/nuova`, `?azienda=` to preselect the company) or edit a vacancy. */
export function VacancyFormPage({ id }: { id?: string }) {
  const vacancy = useVacancy(id);
  if (id && vacancy.isPending) return <Loading />;
  if (id && vacancy.error) return <LoadError error={vacancy.error} retry={vacancy.refetch} />;
  return <VacancyEditor key={vacancy.data?.version ?? 'new'} vacancy={vacancy.data} />;
}

function VacancyEditor({ vacancy }: { vacancy: Vacancy | undefined }) {
  const preselected = new URLSearchParams(window.location.search).get('azienda') ?? '';
  const [form, setForm] = useState<VacancyForm>(() =>
    vacancy ? formOf(vacancy) : emptyForm(preselected),
  );
  const companies = useCompanies('');
  const save = useSaveVacancy(vacancy?.id);
  const problem = problemOf(save.error);
  const bind = binder(problem);
  const set = (key: keyof VacancyForm) => (value: string) => setForm({ ...form, [key]: value });
  const company = companies.data?.items.find((c) => c.id === form.companyId);
  const statuses = vacancy ? t.statuses : t.statuses.slice(0, 2);

  return (
    <>
      <h1>{vacancy ? t.titleEdit(vacancy.title) : t.titleNew}</h1>
      {vacancy && (
        <p>
          <Link href={`/offerte/${vacancy.id}/candidati`}>{t.candidates}</Link>
        </p>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(
            { ...bodyOf(form), ...(vacancy ? { version: vacancy.version } : {}) },
            { onSuccess: (saved) => !vacancy && navigate(`/offerte/${saved.id}`) },
          );
        }}
      >
        <fieldset className="mb-4">
          <legend className="h4">{t.sections.company}</legend>
          <div className="row">
            <div className="col-md-6">
              <SelectField
                label={t.company}
                disabled={!!vacancy}
                options={[
                  ['', t.chooseCompany],
                  ...(companies.data?.items ?? []).map((c) => [c.id, c.name] as const),
                ]}
                {...bind('companyId', form.companyId, (companyId) =>
                  setForm({ ...form, companyId, siteId: '' }),
                )}
              />
            </div>
            <div className="col-md-6">
              <SelectField
                label={t.site}
                options={[
                  ['', t.chooseSite],
                  ...(company?.sites ?? []).map(
                    (s) => [s.id, `${s.name} – ${s.municipalityName ?? ''}`] as const,
                  ),
                ]}
                {...bind('siteId', form.siteId, set('siteId'))}
              />
            </div>
          </div>
        </fieldset>
        <fieldset className="mb-4">
          <legend className="h4">{t.sections.job}</legend>
          <div className="row">
            <div className="col-md-6">
              <TextField label={t.title} {...bind('title', form.title, set('title'))} />
            </div>
            <div className="col-md-6">
              <Combobox
                label={t.occupationCode}
                hint={t.occupationCodeHint}
                queryKey="occupation-suggest"
                search={searchOccupations}
                selectedLabel={form.occupationLabel}
                onSelect={(o) =>
                  setForm({ ...form, occupationCode: o.value, occupationLabel: o.label })
                }
                error={problem?.fieldError('occupationCode')}
              />
            </div>
            <div className="col-md-6">
              <TextField
                label={t.occupationText}
                {...bind('occupationText', form.occupationText, set('occupationText'))}
              />
            </div>
            <div className="col-md-6">
              <SelectField
                label={t.contractType}
                options={CONTRACT_TYPES.map(
                  ([code, label]) => [code, `${label} (${code})`] as const,
                )}
                {...bind('contractType', form.contractType, set('contractType'))}
              />
            </div>
            <div className="col-md-3">
              <TextField
                label={t.positions}
                inputMode="numeric"
                {...bind('positions', form.positions, set('positions'))}
              />
            </div>
            <div className="col-md-3">
              <TextField
                label={t.weeklyHours}
                inputMode="decimal"
                {...bind('weeklyHours', form.weeklyHours, set('weeklyHours'))}
              />
            </div>
            <div className="col-md-6">
              <SelectField
                label={t.minItalianLevel}
                options={ITALIAN_LEVELS}
                {...bind('minItalianLevel', form.minItalianLevel, set('minItalianLevel'))}
              />
            </div>
            <div className="col-md-6">
              <SelectField
                label={t.source}
                options={t.sources}
                {...bind('source', form.source, set('source'))}
              />
            </div>
          </div>
          <div className="mb-3">
            <label htmlFor="vacancy-description" className="form-label fw-semibold">
              {t.description}
            </label>
            <textarea
              id="vacancy-description"
              className="form-control"
              rows={3}
              value={form.description}
              onChange={(e) => set('description')(e.target.value)}
            />
          </div>
          <AvailabilityGrid
            legend={t.shifts}
            intro={t.shiftsIntro}
            noneActive={t.noShifts}
            value={form.shifts}
            onChange={(shifts) => setForm({ ...form, shifts })}
            error={problem?.fieldError('shifts')}
          />
          <CheckField
            label={t.flexibleHours}
            checked={form.flexibleHours}
            onChange={(e) => setForm({ ...form, flexibleHours: e.target.checked })}
          />
        </fieldset>
        <fieldset className="mb-4">
          <legend className="h4">{t.sections.law68}</legend>
          <SelectField
            label={t.reservedL68}
            options={t.reservations}
            {...bind('reservedL68', form.reservedL68, set('reservedL68'))}
          />
          <CheckField
            label={t.kmZero}
            checked={form.kmZero}
            onChange={(e) => setForm({ ...form, kmZero: e.target.checked })}
          />
        </fieldset>
        <fieldset className="mb-4">
          <legend className="h4">{t.sections.publication}</legend>
          <div className="row">
            <div className="col-md-3">
              <SelectField
                label={t.status}
                options={statuses}
                {...bind('status', form.status, set('status'))}
              />
            </div>
            <div className="col-md-3">
              <TextField
                label={t.publishedAt}
                type="date"
                {...bind('publishedAt', form.publishedAt, set('publishedAt'))}
              />
            </div>
            <div className="col-md-3">
              <TextField
                label={t.expiresAt}
                type="date"
                {...bind('expiresAt', form.expiresAt, set('expiresAt'))}
              />
            </div>
            <div className="col-md-3">
              <TextField
                label={t.startDate}
                type="date"
                {...bind('startDate', form.startDate, set('startDate'))}
              />
            </div>
          </div>
        </fieldset>
        <ProblemAlert problem={problem} />
        {save.isSuccess && (
          <p role="status" className="text-success">
            {t.saved}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t.save}
        </button>
      </form>
    </>
  );
}
