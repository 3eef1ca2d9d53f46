import {
  applySlot,
  crossesMidnight,
  emptyWeek,
  PRESETS,
  type PresetName,
  type WeekGrid,
} from './availability';
import { personLabels } from './labels';

const t = personLabels.availability;

interface Props {
  /** null: no constraint on hours. */
  value: WeekGrid | null;
  onChange: (grid: WeekGrid | null) => void;
  error?: string;
  /** For another week than a person's availability (a vacancy's shifts). */
  legend?: string;
  intro?: string;
  noneActive?: string;
}

/** The week, one row per day; a preset fills Monday to Friday in one click. */
export function AvailabilityGrid({
  value,
  onChange,
  error,
  legend = personLabels.sections.availability,
  intro = t.intro,
  noneActive = t.noneActive,
}: Props) {
  const grid = value ?? emptyWeek();
  const update = (day: number, slots: WeekGrid[number]) =>
    onChange(grid.map((s, i) => (i === day ? slots : s)));

  return (
    <fieldset aria-describedby="availability-intro">
      <legend className="h4">{legend}</legend>
      <p id="availability-intro">{intro}</p>
      <div role="group" aria-label={t.presets} className="d-flex flex-wrap gap-2 mb-3">
        {(Object.keys(PRESETS) as PresetName[]).map((name) => (
          <button
            key={name}
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => onChange(applySlot(grid, PRESETS[name].days, PRESETS[name].slot))}
          >
            {t.preset[name]}
          </button>
        ))}
        <button
          type="button"
          className="btn btn-outline-secondary btn-sm"
          onClick={() => onChange(null)}
        >
          {t.none}
        </button>
        <button
          type="button"
          className="btn btn-outline-secondary btn-sm"
          onClick={() => onChange(emptyWeek())}
        >
          {t.clear}
        </button>
      </div>
      {value === null && <p className="alert alert-info">{noneActive}</p>}
      {error && (
        <div className="invalid-feedback d-block mb-2" role="alert">
          {error}
        </div>
      )}
      <div className="table-responsive">
        <table className="availability-grid">
          <thead>
            <tr>
              <th scope="col">{t.day}</th>
              <th scope="col">{t.slots}</th>
            </tr>
          </thead>
          <tbody>
            {grid.map((slots, day) => (
              <tr key={day}>
                <th scope="row">{t.days[day]}</th>
                <td>
                  {slots.length === 0 && <span className="text-muted me-2">{t.notAvailable}</span>}
                  {slots.map((slot, i) => (
                    <span
                      key={i}
                      className="d-inline-flex flex-wrap align-items-center gap-1 me-3 mb-1"
                    >
                      <label className="visually-hidden" htmlFor={`av-${day}-${i}-from`}>
                        {`${t.days[day]}, ${t.from}`}
                      </label>
                      <span aria-hidden="true">{t.from}</span>
                      <input
                        id={`av-${day}-${i}-from`}
                        type="time"
                        className="form-control form-control-sm"
                        value={slot.start}
                        onChange={(e) =>
                          update(
                            day,
                            slots.map((s, j) => (j === i ? { ...s, start: e.target.value } : s)),
                          )
                        }
                      />
                      <label className="visually-hidden" htmlFor={`av-${day}-${i}-to`}>
                        {`${t.days[day]}, ${t.to}`}
                      </label>
                      <span aria-hidden="true">{t.to}</span>
                      <input
                        id={`av-${day}-${i}-to`}
                        type="time"
                        className="form-control form-control-sm"
                        value={slot.end === '24:00' ? '00:00' : slot.end}
                        onChange={(e) =>
                          update(
                            day,
                            slots.map((s, j) => (j === i ? { ...s, end: e.target.value } : s)),
                          )
                        }
                      />
                      {crossesMidnight(slot) && (
                        <span className="badge bg-secondary">{t.nextDay}</span>
                      )}
                      <button
                        type="button"
                        className="btn btn-link btn-sm p-0"
                        aria-label={`${t.removeSlot}: ${t.days[day]} ${slot.start}`}
                        onClick={() =>
                          update(
                            day,
                            slots.filter((_, j) => j !== i),
                          )
                        }
                      >
                        {t.removeSlot}
                      </button>
                    </span>
                  ))}
                  <button
                    type="button"
                    className="btn btn-link btn-sm p-0"
                    aria-label={`${t.add}: ${t.days[day]}`}
                    onClick={() => update(day, [...slots, { start: '09:00', end: '13:00' }])}
                  >
                    {t.add}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
