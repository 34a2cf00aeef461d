// One checkbox per part of the block (a layer or a structure): ticked while the scene draws it.
// `unavailable` names why the scene can't draw these parts now; the boxes are then off, and say why.
import { useId } from 'react';
import { useCorium } from '../../state/store';
import type { ScenePart } from '../../state/parts';
import { useT } from '../../i18n/useT';

export function PartToggles({ legend, parts, unavailable }: { legend: string; parts: readonly ScenePart[]; unavailable?: string }) {
  const t = useT();
  const hintId = useId();
  const hidden = useCorium((s) => s.hidden);
  const setHidden = useCorium((s) => s.setHidden);
  return (
    <fieldset className="layers__group" disabled={!!unavailable} aria-describedby={unavailable ? hintId : undefined}>
      <legend>{legend}</legend>
      {unavailable && <p id={hintId} className="layers__hint">{unavailable}</p>}
      {parts.map((part) => (
        <label key={part} className="layers__choice">
          <input type="checkbox" name={`show-${part}`} checked={!hidden.includes(part)} onChange={(e) => setHidden(part, !e.target.checked)} />
          {t(`layers.parts.${part}`)}
        </label>
      ))}
    </fieldset>
  );
}
