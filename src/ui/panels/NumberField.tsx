// A labelled number box with its unit in the label, arrow keys to step, and the model's limits:
// a value outside them is not applied while typing; leaving the box (or Enter) sets the nearest
// allowed value and says so beside the box.
import { useId, useState, type KeyboardEvent } from 'react';
import { readField, type Range } from './customFields';
import { fieldMessage } from './doseReadout';

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly range: Range;
  readonly step: number;
  readonly whole: boolean;
  /** Called with a valid value: while typing when what is typed is valid, else when the box is left. */
  onValue(value: number): void;
}

export function NumberField({ label, value, range, step, whole, onValue }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [seen, setSeen] = useState(value);
  const [message, setMessage] = useState<string | null>(null);
  // The value changed from outside (another scenario, a reset): show it, unless the box already says it.
  if (seen !== value) {
    setSeen(value);
    const reading = readField(draft, range, whole, value);
    if (reading.problem || reading.value !== value) { setDraft(String(value)); setMessage(null); }
  }

  const change = (raw: string) => {
    setDraft(raw);
    const reading = readField(raw, range, whole, value);
    setMessage(fieldMessage(label, raw, reading, range, false));
    if (!reading.problem && reading.value !== value) onValue(reading.value);
  };
  const settle = () => {
    const reading = readField(draft, range, whole, value);
    if (!reading.problem) return;
    setMessage(fieldMessage(label, draft, reading, range, true));
    setDraft(String(reading.value));
    if (reading.value !== value) onValue(reading.value);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => { if (e.key === 'Enter') { e.preventDefault(); settle(); } };
  const invalid = readField(draft, range, whole, value).problem !== null;

  return (
    <div className="number-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="decimal" min={range[0]} max={range[1]} step={step} value={draft}
        aria-invalid={invalid || undefined} aria-describedby={`${id}-message`}
        onChange={(e) => change(e.target.value)} onBlur={settle} onKeyDown={onKeyDown} />
      <p id={`${id}-message`} className="number-field__message" aria-live="polite">{message}</p>
    </div>
  );
}
