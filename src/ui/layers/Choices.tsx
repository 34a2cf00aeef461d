// A small radio group with a legend: one option per value, the store's value checked.
export function Choices<V extends string>({ legend, name, values, value, label, onChange }: {
  legend: string;
  name: string;
  values: readonly V[];
  value: V;
  label: (v: V) => string;
  onChange: (v: V) => void;
}) {
  return (
    <fieldset className="layers__group">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="layers__choice">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          {label(v)}
        </label>
      ))}
    </fieldset>
  );
}
