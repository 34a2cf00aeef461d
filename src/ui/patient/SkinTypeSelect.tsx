// The patient's skin type (Fitzpatrick I–VI), a patient factor for the plan and the surface
// picture: darker types carry a higher risk of darker patches after treatment (pih-risk).
import { useId } from 'react';
import { SKIN_TYPES, SKIN_TYPE_NUMERAL, isSkinType } from '../../model';
import { useCorium } from '../../state/store';
import { useT } from '../../i18n/useT';
import { tKey } from '../../i18n';

export function SkinTypeSelect() {
  const t = useT();
  const id = useId();
  const skinType = useCorium((s) => s.skinType);
  const setSkinType = useCorium((s) => s.setSkinType);
  return (
    <p className="skin-type">
      <label htmlFor={id}>{t('plan.skinType.label')}</label>
      <select id={id} value={skinType ?? ''} onChange={(e) => { const n = Number(e.target.value); setSkinType(e.target.value !== '' && isSkinType(n) ? n : null); }}>
        <option value="">{t('plan.skinType.none')}</option>
        {SKIN_TYPES.map((n) => (
          <option key={n} value={n}>{t('plan.skinType.option', { numeral: SKIN_TYPE_NUMERAL[n], text: tKey(`plan.skinType.t${n}`) })}</option>
        ))}
      </select>
    </p>
  );
}
