// The patient plan for what is on screen (the primary block and the skin type), worded in the
// current language. The model computes it once per block and skin type; time steps never do.
import { useMemo } from 'react';
import { patientPlan, type PatientPlan } from '../../model';
import { useBlocks } from '../../state/useBlocks';
import { useCorium } from '../../state/store';
import { planText, type PlanText } from '../../i18n/planText';

export function usePatientPlan(): { plan: PatientPlan; text: PlanText } {
  const { primary } = useBlocks();
  const skinType = useCorium((s) => s.skinType);
  const lang = useCorium((s) => s.lang);
  const plan = useMemo(() => patientPlan(primary.scenario, skinType === null ? {} : { skinType }), [primary, skinType]);
  // `lang` is a dependency on purpose: the words change with the language.
  const text = useMemo(() => planText(plan), [plan, lang]);
  return { plan, text };
}
