// One checkbox per part of the block (a layer or a structure): ticked while the scene draws it.
// The same in every layout: pulled apart, the structures move with their layers' slabs.
import { useCorium } from '../../state/store';
import type { ScenePart } from '../../state/parts';
import { useT } from '../../i18n/useT';

export function PartToggles({ legend, parts }: { legend: string; parts: readonly ScenePart[] }) {
  const t = useT();
  const hidden = useCorium((s) => s.hidden);
  const setHidden = useCorium((s) => s.setHidden);
  return (
    <fieldset className="layers__group">
      <legend>{legend}</legend>
      {parts.map((part) => (
        <label key={part} className="layers__choice">
          <input type="checkbox" name={`show-${part}`} checked={!hidden.includes(part)} onChange={(e) => setHidden(part, !e.target.checked)} />
          {t(`layers.parts.${part}`)}
        </label>
      ))}
    </fieldset>
  );
}
