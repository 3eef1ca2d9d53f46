import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useDeferredValue, useId, useState } from 'react';
import { Feedback } from './fields';

export interface Option {
  value: string;
  label: string;
  /** Why it was offered, e.g. the synonym typed ("badante"). */
  hint?: string;
}

interface ComboboxProps {
  label: string;
  /** Shown in the input when nothing is being typed (the chosen option). */
  selectedLabel?: string;
  search: (text: string) => Promise<Option[]>;
  queryKey: string;
  onSelect: (option: Option) => void;
  /** Clears the input after a choice (for lists of several values). */
  clearOnSelect?: boolean;
  error?: string;
  hint?: string;
}

/** A text box that suggests as the person types (WAI-ARIA combobox with a list box). */
export function Combobox({
  label,
  selectedLabel,
  search,
  queryKey,
  onSelect,
  clearOnSelect,
  error,
  hint,
}: ComboboxProps) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const typed = useDeferredValue((text ?? '').trim());
  const suggestions = useQuery({
    queryKey: [queryKey, typed],
    queryFn: () => search(typed),
    enabled: typed.length >= 2,
    staleTime: 5 * 60_000,
  });
  const options = text !== null && typed.length >= 2 ? (suggestions.data ?? []) : [];
  const open = options.length > 0;

  function choose(option: Option) {
    onSelect(option);
    setText(clearOnSelect ? '' : null);
    setActive(0);
  }
  function keys(event: KeyboardEvent<HTMLInputElement>) {
    if (!open) return;
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, options.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter') choose(options[active]!);
    else if (event.key === 'Escape') setText(null);
    else return;
    event.preventDefault();
  }

  return (
    <div className="mb-3 position-relative">
      <label htmlFor={id} className="d-block fw-semibold">
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        className={`form-control${error ? ' is-invalid' : ''}`}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open ? `${id}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        value={text ?? selectedLabel ?? ''}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={keys}
        onBlur={() => setTimeout(() => setText((t) => (clearOnSelect ? t : null)), 150)}
      />
      <Feedback id={id} message={error} hint={hint} />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={label}
        className="suggestions list-unstyled"
        hidden={!open}
      >
        {options.map((option, i) => (
          <li
            key={option.value}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(option);
            }}
          >
            {option.label}
            {option.hint && <span className="small"> · {option.hint}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
