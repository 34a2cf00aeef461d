// Top-level layout: the 3D view with a title and a layer legend over it.
import { SkinScene } from './scene/SkinScene';
import { LAYER_STYLE } from './scene/palette';
import { tissueFor } from './model/tissue';

const FACE = tissueFor('face');
const formatMm = (mm: number) => (mm < 0.1 ? `${Math.round(mm * 1000)} µm` : `${mm.toFixed(2)} mm`);

export function App() {
  return (
    <main className="app">
      <div className="app__view">
        <SkinScene />
      </div>
      <h1 className="app__title">
        Corium
        <span>{FACE.label}: skin layers at true relative thickness (fat cropped)</span>
      </h1>
      <ul className="legend" aria-label="Skin layers, from the surface down">
        {FACE.layers.map((layer) => (
          <li key={layer.id}>
            <span className="legend__swatch" style={{ background: LAYER_STYLE[layer.id].color }} aria-hidden="true" />
            {LAYER_STYLE[layer.id].label}
            <span className="legend__depth">{formatMm(layer.bottomMm - layer.topMm)}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
