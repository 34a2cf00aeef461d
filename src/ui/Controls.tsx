// Minimal controls for the scene: zoom level, layout and stain (the scenario is in its panel, the
// time in the transport, ui/transport). The full learning experience builds on these.
import { useCorium, type Stain, type TissueLayout } from '../state/store';
import { ZOOM_LEVELS } from '../state/url';

const LAYOUTS: readonly (readonly [TissueLayout, string])[] = [['cutaway', 'Cut-away'], ['exploded', 'Exploded layers']];
const STAINS: readonly (readonly [Stain, string])[] = [['natural', 'Natural colours'], ['he', 'H&E slide'], ['trichrome', 'Masson trichrome (collagen blue)']];

export function Controls() {
  const s = useCorium();
  return (
    <form className="controls" onSubmit={(e) => e.preventDefault()} aria-label="Simulation controls">
      <fieldset>
        <legend>Zoom</legend>
        {ZOOM_LEVELS.map((z) => (
          <label key={z}><input type="radio" name="zoom" value={z} checked={s.view === z} onChange={() => s.setView(z)} />{z}</label>
        ))}
      </fieldset>
      <fieldset>
        <legend>View</legend>
        {LAYOUTS.map(([id, name]) => (
          <label key={id}><input type="radio" name="layout" value={id} checked={s.layout === id} onChange={() => s.setLayout(id)} />{name}</label>
        ))}
      </fieldset>
      <label>Stain
        <select value={s.stain} onChange={(e) => s.setStain(e.target.value as Stain)}>
          {STAINS.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
        </select>
      </label>
    </form>
  );
}
