import type {
  FormHTMLAttributes,
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
} from 'react';

/** A row of filters that apply as they change: submitting does nothing. */
export function FilterBar({
  className = 'row g-3 align-items-end mb-3',
  children,
  ...form
}: FormHTMLAttributes<HTMLFormElement> & { children: ReactNode }) {
  return (
    <form className={className} onSubmit={(e) => e.preventDefault()} {...form}>
      {children}
    </form>
  );
}

/** A labelled text or number input of a filter bar; `hint` is read after the label. */
export function FilterInput({
  id,
  label,
  className,
  hint,
  ...input
}: { id: string; label: string; className: string; hint?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'className'
>) {
  return (
    <div className={className}>
      <label htmlFor={id} className="fw-semibold">
        {label}
      </label>
      <input
        id={id}
        className="form-control"
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      {hint && (
        <small id={`${id}-hint`} className="form-text">
          {hint}
        </small>
      )}
    </div>
  );
}

/** A labelled select of a filter bar whose first option, `anyLabel`, means "no filter". */
export function FilterSelect({
  id,
  label,
  className,
  anyLabel,
  options,
  ...select
}: {
  id: string;
  label: string;
  className: string;
  anyLabel: string;
  options: ReadonlyArray<readonly [string, string]>;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'>) {
  return (
    <div className={`${className} select-wrapper`}>
      <label htmlFor={id} className="fw-semibold">
        {label}
      </label>
      <select id={id} {...select}>
        <option value="">{anyLabel}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A checkbox of a filter bar. */
export function FilterCheck({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="form-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
