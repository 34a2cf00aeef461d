// A block of skin for one body site: one box per layer at true relative thickness, in
// millimetres (1 scene unit = 1 mm, skin surface at y = 0, depth downwards). Not the place for
// vessels, needles or wounds; those are their own components.
import { useMemo } from 'react';
import { FAT_SHOWN_MM } from '../state/blockData';
import { useBlock } from './blockContext';
import { LAYER_STYLE } from './palette';

export function SkinBlock() {
  const { data } = useBlock();
  const widthMm = data.blockMm;
  const hypodermisShownMm = FAT_SHOWN_MM;
  const slabs = useMemo(() => data.tissue.layers.map((layer) => {
    const bottomMm = layer.id === 'hypodermis' ? Math.min(layer.bottomMm, layer.topMm + hypodermisShownMm) : layer.bottomMm;
    return { id: layer.id, thicknessMm: bottomMm - layer.topMm, centreMm: -(layer.topMm + bottomMm) / 2 };
  }), [data, hypodermisShownMm]);

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
