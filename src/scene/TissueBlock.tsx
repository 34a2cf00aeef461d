// One block of skin for one scenario: provides the block's model data and shared uniforms to
// every structure inside it, and advances its clock uniforms once per frame from the store (the
// time, and the area's injury: its age and signals, src/state/injury.ts).
// Structures hidden in the layers panel stay mounted, only invisible (PartGroup). The skin comes
// first (flat, then its full textures), and only then the structures, all in one frame (Staged):
// their compiles would otherwise queue beside the tissue's and hold its textures back.
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useFrame } from '@react-three/fiber';
import { useCorium } from '../state/store';
import type { BlockData } from '../state/blockData';
import { BlockContext, type BlockContextValue } from './blockContext';
import { useCurveUniforms } from './useCurveUniforms';
import { prefersReducedMotion } from './motion';
import { SkinBlock } from './SkinBlock';
import { Vasculature } from './Vasculature';
import { SkinStructures } from './SkinStructures';
import { Punctures } from './Punctures';
import { WoundLesion } from './WoundLesion';
import { Cells } from './Cells';
import { CollagenField } from './CollagenField';
import { NeedleDevice } from './NeedleDevice';
import { Staged } from './Staged';
import { PartGroup } from './PartGroup';
import { useGraphicsStatus, VIEW_SETTLED_MARK } from './graphicsStatus';
import { ConditionDent } from './ConditionDent';
import { conditionPicture, conditionStateAt, dentUniforms } from '../state/condition';
import { updateInjury } from '../state/injury';

const markSettled = (): void => {
  useGraphicsStatus.getState().setSettled();
  // Once: a scenario switch settles the view again, and marks would pile up over a long session.
  if (performance.getEntriesByName(VIEW_SETTLED_MARK).length === 0) performance.mark(VIEW_SETTLED_MARK);
};

export interface TissueBlockProps {
  data: BlockData;
  role: BlockContextValue['role'];
  /** Where the block sits along x (the comparison block sits far to the side, drawn in its own half). */
  offsetXMm: number;
  children?: ReactNode;
}

export function TissueBlock({ data, role, offsetXMm, children }: TissueBlockProps) {
  const uniforms = useCurveUniforms(data);
  // Pulled apart, every structure moves with the layer slab it lies in (lib/explode.glsl), cut
  // where it crosses from one slab to the next; the condition's dent surface and the needle are
  // left out (the slabs show the dent cut out of them; the device belongs to the whole block).
  const exploded = useCorium((s) => s.layout === 'exploded');
  useLayoutEffect(() => { uniforms.uExplode.value = exploded ? 1 : 0; }, [uniforms, exploded]);
  const value = useMemo(() => ({ data, uniforms, role }), [data, uniforms, role]);
  const condition = useMemo(() => conditionPicture(data), [data]);
  const [detailed, setDetailed] = useState(false);
  const onDetail = useCallback(() => setDetailed(true), []);
  const pictured = useRef(false);
  useFrame((_, dt) => {
    if (role === 'primary' && !pictured.current) {
      pictured.current = true;
      // This frame draws the view's first picture (its render follows the callbacks, in the same
      // task: the block, or in the surface view the surface alone). The page's panels wait for it
      // (DeferredPanels), so they do not hold that picture back.
      setTimeout(() => useGraphicsStatus.getState().setPictured(), 0);
    }
    const hours = useCorium.getState().timeHours;
    uniforms.uTimeHours.value = hours;
    updateInjury(data, hours, uniforms);
    // The condition changes over the course: a few numbers from the model per frame (indication.ts).
    if (condition) {
      const u = dentUniforms(condition, conditionStateAt(condition, hours));
      for (const k of Object.keys(u) as (keyof typeof u)[]) (uniforms[k] as { value: unknown }).value = u[k];
    }
    // Blood flows while the time-lapse plays; paused, it holds still like everything else (and
    // the on-demand canvas draws no frames for it).
    if (!prefersReducedMotion() && useCorium.getState().playing) uniforms.uAnimSeconds.value += Math.min(dt, 0.1);
  });
  return (
    <BlockContext.Provider value={value}>
      <group name={`tissue-block-${role}`} position={[offsetXMm, 0, 0]}>
        <SkinBlock onDetail={onDetail} />
        {/* A condition's dent surface (in the cut-away; pulled apart, the slabs show the dent cut out of them). */}
        {condition && !exploded && <ConditionDent />}
        <Staged hold={!detailed} onDone={role === 'primary' ? markSettled : undefined}>
          <PartGroup part="punctures"><Punctures /></PartGroup>
          {/* The wound and its scar show in both layouts (per slab when pulled apart: slabs.ts). */}
          <WoundLesion />
          <PartGroup part="vessels"><Vasculature /></PartGroup>
          <SkinStructures />
          <PartGroup part="cells"><Cells /></PartGroup>
          <PartGroup part="fibres"><CollagenField /></PartGroup>
          {!exploded && <NeedleDevice />}
        </Staged>
        {children}
      </group>
    </BlockContext.Provider>
  );
}
