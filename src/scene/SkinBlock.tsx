// A block of skin for one body site: one box per layer at true relative thickness, in
// millimetres (1 scene unit = 1 mm, skin surface at y = 0, depth downwards). Not the place for
// vessels, needles or wounds; those are their own components.
import { useMemo } from 'react';
import { tissueFor, type BodySite } from '../model/tissue';
import { LAYER_STYLE } from './palette';

export interface SkinBlockProps {
  site: BodySite;
  /** Edge length of the square block seen from above. */
  widthMm?: number;
  /** How much of the hypodermis to draw; the fat goes on for millimetres and would dwarf the skin. */
  hypodermisShownMm?: number;
}

export function SkinBlock({ site, widthMm = 4, hypodermisShownMm = 1 }: SkinBlockProps) {
  const slabs = useMemo(() => tissueFor(site).layers.map((layer) => {
    const bottomMm = layer.id === 'hypodermis' ? Math.min(layer.bottomMm, layer.topMm + hypodermisShownMm) : layer.bottomMm;
    return { id: layer.id, thicknessMm: bottomMm - layer.topMm, centreMm: -(layer.topMm + bottomMm) / 2 };
  }), [site, hypodermisShownMm]);

  return (
    <group name="skin-block">
      {slabs.map((s) => (
        <mesh key={s.id} name={s.id} position={[0, s.centreMm, 0]}>
          <boxGeometry args={[widthMm, s.thicknessMm, widthMm]} />
          <meshStandardMaterial color={LAYER_STYLE[s.id].color} roughness={0.85} metalness={0} />
        </mesh>
      ))}
    </group>
  );
}
