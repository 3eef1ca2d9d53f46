import {
  Fragment,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  useId,
} from 'react';
import type { ApiProblem } from '../api/problem';

interface FieldProps {
  label: string;
  /** The API field this input sends, to show the problem+json message for it next to the input. */
  field?: string;
  problem?: ApiProblem | null;
  hint?: string;
}

function useFieldIds(field: string | undefined, problem: ApiProblem | null | undefined) {
  const id = useId();
  const message = field ? problem?.fieldError(field) : undefined;
  return { id, message, describedBy: message ? `${id}-error` : undefined };
}

/** The hint under an input (`${id}-hint`), or instead the message of its error (`${id}-error`). */
export function Feedback({ id, message, hint }: { id: string; message?: string; hint?: string }) {
  return (
    <>
      {hint && !message && (
        <small id={`${id}-hint`} className="form-text">
          {hint}
        </small>
      )}
      {message && (
        <div id={`${id}-error`} className="invalid-feedback d-block" role="alert">
          {message}
        </div>
      )}
    </>
  );
}

export function TextField({
  label,
  field,
  problem,
  hint,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const { id, message, describedBy } = useFieldIds(field, problem);
  return (
    <div className="mb-3">
      <label htmlFor={id} className="form-label d-block fw-semibold">
        {label}
      </label>
      <input
        id={id}
        className={`form-control${message ? ' is-invalid' : ''}`}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      <Feedback id={id} message={message} hint={hint} />
    </div>
  );
}

export function SelectField({
  label,
  field,
  problem,
  hint,
  options,
  ...select
}: FieldProps &
  SelectHTMLAttributes<HTMLSelectElement> & { options: ReadonlyArray<readonly [string, string]> }) {
  const { id, message, describedBy } = useFieldIds(field, problem);
  return (
    <div className="select-wrapper mb-3">
      <label htmlFor={id} className="fw-semibold">
        {label}
      </label>
      <select
        id={id}
        className={message ? 'is-invalid' : undefined}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy}
        {...select}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Feedback id={id} message={message} hint={hint} />
    </div>
  );
}

export function CheckField({
  label,
  ...input
}: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className="form-check mb-2">
      <input id={id} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** The general message of a failed request, for what no field explains. */
export function ProblemAlert({
  problem,
  children,
}: {
  problem: ApiProblem | null;
  children?: ReactNode;
}) {
  if (!problem) return null;
  return (
    <div className="alert alert-danger" role="alert">
      {problem.message}
      {children}
    </div>
  );
}

/** `list` with `value` in it (`on`) or out of it, the other values kept in their order. */
export function toggle<T>(list: readonly T[] | undefined, value: T, on: boolean): T[] {
  const rest = (list ?? []).filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}

/**
 * A fieldset of checkboxes, one a code, for a list field: side by side, or in a grid of
 * `column` cells (e.g. `col-md-4`).
 */
export function CheckGroupField<T>({
  legend,
  className,
  column,
  options,
  selected,
  onChange,
}: {
  legend: string;
  className?: string;
  column?: string;
  options: ReadonlyArray<readonly [NoInfer<T>, string]>;
  selected: readonly T[] | undefined;
  onChange: (selected: T[]) => void;
}) {
  const box = ([code, label]: readonly [T, string]) => (
    <CheckField
      label={label}
      checked={selected?.includes(code) ?? false}
      onChange={(e) => onChange(toggle(selected, code, e.target.checked))}
    />
  );
  return (
    <fieldset className={className}>
      <legend className="h6">{legend}</legend>
      {column ? (
        <div className="row">
          {options.map((option) => (
            <div key={String(option[0])} className={column}>
              {box(option)}
            </div>
          ))}
        </div>
      ) : (
        <div className="d-flex flex-wrap gap-3">
          {options.map((option) => (
            <Fragment key={String(option[0])}>{box(option)}</Fragment>
          ))}
        </div>
      )}
    </fieldset>
  );
}

/**
 * The props that tie a TextField or SelectField to a value and to the problem+json message of
 * its API field: `const bind = binder(problem)`, then `<TextField label={…} {...bind('note',
 * note, setNote)} />`.
 */
export function binder(problem: ApiProblem | null) {
  return (field: string, value: string | number | undefined, onValue: (value: string) => void) => ({
    field,
    problem,
    value,
    onChange: (e: { target: { value: string } }) => onValue(e.target.value),
  });
}

/**
 * The end of a form that saves: the API's problem, if any, the saved message once it worked, and
 * the submit button, disabled while the request is on its way.
 */
export function FormFooter({
  problem,
  saved,
  savedLabel,
  pending,
  submitLabel,
}: {
  problem: ApiProblem | null;
  saved: boolean;
  savedLabel: string;
  pending: boolean;
  submitLabel: string;
}) {
  return (
    <>
      <ProblemAlert problem={problem} />
      {saved && (
        <p role="status" className="text-success">
          {savedLabel}
        </p>
      )}
      <div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
