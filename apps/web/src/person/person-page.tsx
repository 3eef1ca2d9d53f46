import { type FormEvent, useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { type ApiProblem, problemOf } from '../api/problem';
import { Combobox, type Option } from '../shell/combobox';
import {
  binder,
  CheckField,
  CheckGroupField,
  ProblemAlert,
  SelectField,
  TextField,
  toggle,
} from '../shell/fields';
import { LoadError, Loading } from '../shell/layout';
import { Link, navigate } from '../shell/router';
import { PATHWAY_STATUS_LABELS } from '../caseload/labels';
import { useMunicipalityNames } from '../caseload/queries';
import { fromWindows, toWindows, type WeekGrid } from './availability';
import { AvailabilityGrid } from './availability-grid';
import {
  CONTRACT_TYPES,
  DIGITAL_SKILLS,
  EDUCATION_LEVELS,
  ITALIAN_LEVELS,
  LEGAL_BASES,
  ORDINARY_TARGET_GROUPS,
  personLabels as t,
  REFERRAL_KINDS,
  SENSITIVE_TARGET_GROUPS,
  RIGHT_TO_WORK,
  TASK_LIMITATIONS,
} from './labels';
import {
  type CandidateInput,
  type CandidateView,
  searchMunicipalities,
  searchOccupations,
  searchSkills,
  useCandidate,
  useSaveCandidate,
} from './queries';
import { todayInRome } from '../shell/dates';

type ReferralKind = NonNullable<CandidateInput['referral']>['kind'];

const today = todayInRome;

function blank(): CandidateInput {
  return {
    firstName: '',
    lastName: '',
    taxCode: null,
    birthDate: '',
    email: null,
    phone: null,
    home: { municipalityCode: '' },
    maxTravelKm: 10,
    italianLevel: 'A2',
    digitalSkills: [],
    availability: null,
    drivingLicences: [],
    rightToWork: { kind: 'EU_CITIZEN', expiresOn: null },
    skills: [],
    preferredOccupations: [],
    preferredContractTypes: [],
    taskLimitations: [],
    legalBasis: 'CONSENT',
    consent: {
      privacyNoticeVersion: '2026-01',
      givenAt: today(),
      bulletin: false,
      shareWithCompanies: true,
    },
    pathwayStatus: 'IN_CHARGE',
    sensitive: { l68: null },
  };
}

/** The fields of the API's input (CreateCandidateDto): what the form sends back when saving. */
const INPUT_FIELDS = [
  'firstName',
  'lastName',
  'taxCode',
  'birthDate',
  'gender',
  'email',
  'phone',
  'home',
  'maxTravelKm',
  'maxWeeklyHours',
  'italianLevel',
  'education',
  'digitalSkills',
  'availability',
  'drivingLicences',
  'rightToWork',
  'skills',
  'experiences',
  'preferredOccupations',
  'preferredContractTypes',
  'targetGroups',
  'allowedArea',
  'taskLimitations',
  'referral',
  'assignedTutorIds',
  'legalBasis',
  'consent',
  'pathwayStatus',
  'sensitive',
] as const satisfies ReadonlyArray<keyof CandidateInput>;

function toInput(view: CandidateView): CandidateInput {
  const input = Object.fromEntries(
    INPUT_FIELDS.filter((key) => view[key] !== undefined).map((key) => [key, view[key]]),
  ) as unknown as CandidateInput;
  for (const key of ['taxCode', 'email', 'phone', 'gender', 'education'] as const)
    if (input[key] === null) delete input[key];
  return {
    ...input,
    home: view.home,
    rightToWork: { kind: view.rightToWork.kind, expiresOn: view.rightToWork.expiresOn ?? null },
  };
}

/** A chosen occupation code shown by its name (one small lookup each, cached). */
function OccupationName({ code }: { code: string }) {
  const found = useQuery({
    queryKey: ['occupation-name', code],
    staleTime: Infinity,
    queryFn: () => searchOccupations(code),
  });
  return <>{found.data?.find((o) => o.value === code)?.label ?? code}</>;
}

export function PersonPage({ id }: { id?: string }) {
  const existing = useCandidate(id);
  if (id && existing.isPending) return <Loading />;
  if (id && existing.error)
    return <LoadError error={existing.error} retry={() => existing.refetch()} />;
  return <PersonForm key={id ?? 'new'} id={id} existing={existing.data} />;
}

function PersonForm({ id, existing }: { id?: string; existing?: CandidateView }) {
  const [form, setForm] = useState<CandidateInput>(() => (existing ? toInput(existing) : blank()));
  const [grid, setGrid] = useState<WeekGrid | null>(() =>
    existing?.availability ? fromWindows(existing.availability) : null,
  );
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const bind = binder(problem);
  const [done, setDone] = useState<string | null>(null);
  const save = useSaveCandidate(id);
  const names = useMunicipalityNames(
    form.home.municipalityCode ? [form.home.municipalityCode] : [],
  );
  const [municipalityLabel, setMunicipalityLabel] = useState<string | undefined>();
  const allowedCodes = form.allowedArea?.municipalityCodes ?? [];
  const allowedNames = useMunicipalityNames(allowedCodes);
  /** The allowed municipalities, beside the circle the area may also have (kept as it is). */
  const setAllowedCodes = (codes: string[]) => {
    const { municipalityCodes: _codes, ...circle } = form.allowedArea ?? {};
    const hasCircle = circle.radiusKm !== undefined;
    set({
      allowedArea:
        codes.length > 0 ? { ...circle, municipalityCodes: codes } : hasCircle ? circle : null,
    });
  };
  const showSensitive = !existing || existing.sensitive !== undefined;
  const set = (patch: Partial<CandidateInput>) => setForm((f) => ({ ...f, ...patch }));
  const setExperience = (
    i: number,
    patch: Partial<NonNullable<CandidateInput['experiences']>[number]>,
  ) =>
    set({
      experiences: (form.experiences ?? []).map((x, j) => (j === i ? { ...x, ...patch } : x)),
    });

  useEffect(() => {
    const m = names.data?.get(form.home.municipalityCode);
    if (m && !municipalityLabel) setMunicipalityLabel(`${m.name} (${m.provinceCode})`);
  }, [names.data, form.home.municipalityCode, municipalityLabel]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    const body: CandidateInput & { version?: number } = {
      ...form,
      taxCode: form.taxCode || null,
      email: form.email || null,
      phone: form.phone || null,
      rightToWork: {
        kind: form.rightToWork.kind,
        expiresOn:
          form.rightToWork.kind === 'EU_CITIZEN' ? null : form.rightToWork.expiresOn || null,
      },
      availability: grid === null ? null : toWindows(grid),
      ...(showSensitive ? {} : { sensitive: undefined }),
      ...(existing ? { version: existing.version } : {}),
    };
    try {
      const saved = await save.mutateAsync(body);
      if (!id) {
        navigate(`/persone/${saved.id}/abbinamenti?nuova=1`);
        return;
      }
      setForm(toInput(saved));
      setDone(t.saved);
    } catch (error) {
      setProblem(problemOf(error));
      window.scrollTo(0, 0);
    }
  }

  const fieldError = (field: string) => problem?.fieldError(field);
  const l68 = form.sensitive?.l68 ?? null;

  return (
    <>
      <h1>{id ? `${form.firstName} ${form.lastName}` : t.titleNew}</h1>
      {id && (
        <p className="d-flex flex-wrap gap-3">
          <Link href={`/persone/${id}/abbinamenti`}>{t.goToMatches}</Link>
          <Link href={`/persone/${id}/percorso`}>{t.goToPathway}</Link>
        </p>
      )}
      {done && (
        <div className="alert alert-success" role="status">
          {done}
        </div>
      )}
      <ProblemAlert problem={problem}>{problem?.body.errors && <> {t.checkFields}</>}</ProblemAlert>
      <form onSubmit={submit} noValidate>
        <fieldset className="mb-4">
          <legend className="h4">{t.sections.identity}</legend>
          <div className="row">
            <div className="col-md-6">
              <TextField
                label={t.firstName}
                required
                autoComplete="off"
                {...bind('firstName', form.firstName, (v) => set({ firstName: v }))}
              />
            </div>
            <div className="col-md-6">
              <TextField
                label={t.lastName}
                required
                autoComplete="off"
                {...bind('lastName', form.lastName, (v) => set({ lastName: v }))}
              />
            </div>
            <div className="col-md-4">
              <TextField
                label={t.birthDate}
                type="date"
                required
                {...bind('birthDate', form.birthDate, (v) => set({ birthDate: v }))}
              />
            </div>
            <div className="col-md-4">
              <TextField
                label={t.taxCode}
                autoComplete="off"
                {...bind('taxCode', form.taxCode ?? '', (v) => set({ taxCode: v.toUpperCase() }))}
              />
            </div>
            <div className="col-md-4">
              <SelectField
                label={t.gender}
                options={t.genders}
                {...bind('gender', form.gender ?? '', (v) =>
                  set({ gender: (v || undefined) as CandidateInput['gender'] }),
                )}
              />
            </div>
            <div className="col-md-6">
              <TextField
                label={t.email}
                type="email"
                autoComplete="off"
                {...bind('email', form.email ?? '', (v) => set({ email: v }))}
              />
            </div>
            <div className="col-md-6">
              <TextField
                label={t.phone}
                type="tel"
                autoComplete="off"
                {...bind('phone', form.phone ?? '', (v) => set({ phone: v }))}
              />
            </div>
          </div>
        </fieldset>

        <fieldset className="mb-4">
          <legend className="h4">{t.sections.home}</legend>
          <div className="row">
            <div className="col-md-8">
              <Combobox
                label={t.municipality}
                hint={t.municipalityHint}
                queryKey="municipality-suggest"
                search={searchMunicipalities}
                selectedLabel={municipalityLabel}
                error={fieldError('home')}
                onSelect={(option: Option) => {
                  setMunicipalityLabel(option.label);
                  set({ home: { municipalityCode: option.value } });
                }}
              />
            </div>
            <div className="col-md-4">
              <TextField
                label={t.maxTravelKm}
                type="number"
                min={0}
                max={200}
                {...bind('maxTravelKm', form.maxTravelKm, (v) => set({ maxTravelKm: Number(v) }))}
              />
            </div>
          </div>
          {showSensitive && (
            <>
              <Combobox
                label={t.addAllowedMunicipality}
                hint={t.allowedMunicipalitiesHint}
                queryKey="allowed-municipality-suggest"
                search={searchMunicipalities}
                clearOnSelect
                error={fieldError('allowedArea')}
                onSelect={(option: Option) =>
                  setAllowedCodes(toggle(allowedCodes, option.value, true))
                }
              />
              <ul
                className="list-unstyled d-flex flex-wrap gap-2"
                aria-label={t.allowedMunicipalities}
              >
                {allowedCodes.map((code) => {
                  const known = allowedNames.data?.get(code);
                  const name = known ? `${known.name} (${known.provinceCode})` : code;
                  return (
                    <li key={code} className="chip chip-simple">
                      <span className="chip-label">{name}</span>
                      <button
                        type="button"
                        className="btn btn-link btn-sm p-0 ms-1"
                        aria-label={t.remove(name)}
                        onClick={() => setAllowedCodes(toggle(allowedCodes, code, false))}
                      >
                        ×
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </fieldset>

        <fieldset className="mb-4">
          <legend className="h4">{t.sections.work}</legend>
          <div className="row">
            <div className="col-md-4">
              <SelectField
                label={t.italianLevel}
                options={ITALIAN_LEVELS}
                {...bind('italianLevel', form.italianLevel, (v) =>
                  set({ italianLevel: v as CandidateInput['italianLevel'] }),
                )}
              />
            </div>
            <div className="col-md-4">
              <SelectField
                label={t.education}
                options={EDUCATION_LEVELS}
                {...bind('education', form.education ?? '', (v) =>
                  set({ education: (v || undefined) as CandidateInput['education'] }),
                )}
              />
            </div>
            <div className="col-md-4">
              <SelectField
                label={t.pathwayStatus}
                options={Object.entries(PATHWAY_STATUS_LABELS)}
                {...bind('pathwayStatus', form.pathwayStatus, (v) =>
                  set({ pathwayStatus: v as CandidateInput['pathwayStatus'] }),
                )}
              />
            </div>
            <div className="col-md-6">
              <SelectField
                label={t.rightToWork}
                options={RIGHT_TO_WORK}
                {...bind('rightToWork', form.rightToWork.kind, (v) =>
                  set({
                    rightToWork: {
                      ...form.rightToWork,
                      kind: v as CandidateInput['rightToWork']['kind'],
                    },
                  }),
                )}
              />
            </div>
            {form.rightToWork.kind !== 'EU_CITIZEN' && (
              <div className="col-md-6">
                <TextField
                  label={t.permitExpiry}
                  type="date"
                  {...bind('rightToWork.expiresOn', form.rightToWork.expiresOn ?? '', (v) =>
                    set({ rightToWork: { ...form.rightToWork, expiresOn: v || null } }),
                  )}
                />
              </div>
            )}
            <div className="col-md-6">
              <TextField
                label={t.drivingLicences}
                {...bind('drivingLicences', (form.drivingLicences ?? []).join(', '), (v) =>
                  set({ drivingLicences: v.toUpperCase().split(/[ ,]+/).filter(Boolean) }),
                )}
              />
            </div>
          </div>
          <CheckGroupField
            legend={t.digitalSkills}
            options={DIGITAL_SKILLS}
            selected={form.digitalSkills}
            onChange={(digitalSkills) => set({ digitalSkills })}
          />
        </fieldset>

        <div className="mb-4">
          <AvailabilityGrid value={grid} onChange={setGrid} error={fieldError('availability')} />
          <div className="row mt-3">
            <div className="col-md-4">
              <TextField
                label={t.maxWeeklyHours}
                type="number"
                min={0.5}
                max={60}
                step={0.5}
                {...bind('maxWeeklyHours', form.maxWeeklyHours ?? '', (v) =>
                  set({ maxWeeklyHours: v === '' ? null : Number(v) }),
                )}
              />
            </div>
          </div>
        </div>

        <fieldset className="mb-4">
          <legend className="h4">{t.sections.skills}</legend>
          <Combobox
            label={t.addOccupation}
            queryKey="occupation-suggest"
            search={searchOccupations}
            clearOnSelect
            error={fieldError('preferredOccupations')}
            onSelect={(o) =>
              set({ preferredOccupations: toggle(form.preferredOccupations, o.value, true) })
            }
          />
          <ul className="list-unstyled d-flex flex-wrap gap-2" aria-label={t.preferredOccupations}>
            {(form.preferredOccupations ?? []).map((code) => (
              <li key={code} className="chip chip-simple">
                <span className="chip-label">
                  <OccupationName code={code} />
                </span>
                <button
                  type="button"
                  className="btn btn-link btn-sm p-0 ms-1"
                  aria-label={t.remove(code)}
                  onClick={() =>
                    set({ preferredOccupations: toggle(form.preferredOccupations, code, false) })
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <Combobox
            label={t.addSkill}
            queryKey="skill-suggest"
            search={searchSkills}
            clearOnSelect
            onSelect={(o) =>
              set({
                skills: [
                  ...(form.skills ?? []).filter((s) => s.code !== o.value),
                  { code: o.value, label: o.label },
                ],
              })
            }
          />
          <ul className="list-unstyled d-flex flex-wrap gap-2" aria-label={t.skills}>
            {(form.skills ?? []).map((skill) => (
              <li key={skill.code ?? skill.label} className="chip chip-simple">
                <span className="chip-label">{skill.label}</span>
                <button
                  type="button"
                  className="btn btn-link btn-sm p-0 ms-1"
                  aria-label={t.remove(skill.label)}
                  onClick={() => set({ skills: (form.skills ?? []).filter((s) => s !== skill) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <fieldset className="mb-3">
            <legend className="h6">{t.experiences}</legend>
            {(form.experiences ?? []).map((experience, i) => (
              <div key={i} className="row align-items-end">
                <div className="col-8 col-md-6">
                  <TextField
                    label={`${t.experienceText} ${i + 1}`}
                    {...bind(`experiences.${i}.occupationText`, experience.occupationText, (v) =>
                      setExperience(i, { occupationText: v }),
                    )}
                  />
                </div>
                <div className="col-4 col-md-2">
                  <TextField
                    label={t.experienceMonths}
                    type="number"
                    min={0}
                    max={600}
                    {...bind(`experiences.${i}.months`, experience.months, (v) =>
                      setExperience(i, { months: Number(v) }),
                    )}
                  />
                </div>
                <div className="col-12 col-md-4 mb-3">
                  <button
                    type="button"
                    className="btn btn-link btn-sm p-0"
                    onClick={() =>
                      set({ experiences: (form.experiences ?? []).filter((_, j) => j !== i) })
                    }
                  >
                    {t.removeExperience}
                  </button>
                </div>
              </div>
            ))}
            <button
              type="button"
              className="btn btn-outline-primary btn-sm"
              onClick={() =>
                set({
                  experiences: [
                    ...(form.experiences ?? []),
                    { occupationCode: null, occupationText: '', months: 12 },
                  ],
                })
              }
            >
              {t.addExperience}
            </button>
          </fieldset>
          <CheckGroupField
            legend={t.targetGroups}
            className="mb-3"
            options={ORDINARY_TARGET_GROUPS}
            selected={form.targetGroups}
            onChange={(targetGroups) => set({ targetGroups })}
          />
          <CheckGroupField
            legend={t.contractTypes}
            className="mb-3"
            column="col-md-4"
            options={CONTRACT_TYPES}
            selected={form.preferredContractTypes}
            onChange={(preferredContractTypes) => set({ preferredContractTypes })}
          />
          <CheckGroupField
            legend={t.taskLimitations}
            column="col-md-4"
            options={TASK_LIMITATIONS}
            selected={form.taskLimitations}
            onChange={(taskLimitations) => set({ taskLimitations })}
          />
        </fieldset>

        <fieldset className="mb-4">
          <legend className="h4">{t.sections.privacy}</legend>
          <div className="row">
            <div className="col-md-6">
              <SelectField
                label={t.legalBasis}
                options={LEGAL_BASES}
                {...bind('legalBasis', form.legalBasis, (v) =>
                  set({ legalBasis: v as CandidateInput['legalBasis'] }),
                )}
              />
            </div>
            <div className="col-md-3">
              <TextField
                label={t.privacyVersion}
                {...bind('consent.privacyNoticeVersion', form.consent.privacyNoticeVersion, (v) =>
                  set({ consent: { ...form.consent, privacyNoticeVersion: v } }),
                )}
              />
            </div>
            <div className="col-md-3">
              <TextField
                label={t.consentGivenAt}
                type="date"
                {...bind('consent.givenAt', form.consent.givenAt.slice(0, 10), (v) =>
                  set({ consent: { ...form.consent, givenAt: v } }),
                )}
              />
            </div>
          </div>
          <CheckField
            label={t.consentBulletin}
            checked={form.consent.bulletin}
            onChange={(e) => set({ consent: { ...form.consent, bulletin: e.target.checked } })}
          />
          <CheckField
            label={t.consentShare}
            checked={form.consent.shareWithCompanies}
            onChange={(e) =>
              set({ consent: { ...form.consent, shareWithCompanies: e.target.checked } })
            }
          />
        </fieldset>

        {showSensitive && (
          <section className="sensitive-section mb-4" aria-labelledby="sensitive-title">
            <h2 id="sensitive-title" className="h4">
              {t.sections.sensitive}
            </h2>
            <p>{t.sensitiveNote}</p>
            <CheckGroupField
              legend={t.sensitiveGroups}
              className="mb-3"
              column="col-md-6"
              options={SENSITIVE_TARGET_GROUPS}
              selected={form.targetGroups}
              onChange={(targetGroups) => set({ targetGroups })}
            />
            <fieldset className="mb-3">
              <legend className="h6">{t.referral}</legend>
              <div className="row">
                <div className="col-md-4">
                  <SelectField
                    label={t.referralKind}
                    options={[['', t.referralNone], ...REFERRAL_KINDS]}
                    {...bind('referral.kind', form.referral?.kind ?? '', (v) =>
                      set({ referral: v ? { ...form.referral, kind: v as ReferralKind } : null }),
                    )}
                  />
                </div>
                {form.referral && (
                  <>
                    <div className="col-md-4">
                      <TextField
                        label={t.referralName}
                        {...bind('referral.name', form.referral.name ?? '', (v) =>
                          set({ referral: { ...form.referral!, name: v } }),
                        )}
                      />
                    </div>
                    <div className="col-md-4">
                      <TextField
                        label={t.referralContact}
                        {...bind('referral.contactPerson', form.referral.contactPerson ?? '', (v) =>
                          set({ referral: { ...form.referral!, contactPerson: v } }),
                        )}
                      />
                    </div>
                  </>
                )}
              </div>
            </fieldset>
            <fieldset>
              <legend className="h6">{t.l68}</legend>
              <CheckField
                label={t.l68Registered}
                checked={!!l68}
                onChange={(e) =>
                  set({
                    sensitive: {
                      ...form.sensitive,
                      l68: e.target.checked
                        ? { category: 'DISABILITY', registeredInList: true }
                        : null,
                    },
                  })
                }
              />
              {l68 && (
                <div className="row">
                  <div className="col-md-6">
                    <SelectField
                      label={t.l68Category}
                      options={t.l68Categories}
                      {...bind('sensitive.l68.category', l68.category, (v) =>
                        set({
                          sensitive: {
                            ...form.sensitive,
                            l68: { ...l68, category: v as typeof l68.category },
                          },
                        }),
                      )}
                    />
                  </div>
                  <div className="col-md-6">
                    <TextField
                      label={t.l68Percent}
                      type="number"
                      min={0}
                      max={100}
                      {...bind('sensitive.l68.percent', l68.percent ?? '', (v) =>
                        set({
                          sensitive: {
                            ...form.sensitive,
                            l68: { ...l68, percent: v === '' ? undefined : Number(v) },
                          },
                        }),
                      )}
                    />
                  </div>
                </div>
              )}
            </fieldset>
          </section>
        )}

        <button type="submit" className="btn btn-primary btn-lg" disabled={save.isPending}>
          {save.isPending ? t.saving : id ? t.save : t.create}
        </button>
      </form>
    </>
  );
}
