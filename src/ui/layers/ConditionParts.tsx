// The layers panel's key to a treated condition: the parts the 3D view labels (an acne scar's
// floor, its scar tissue and tethering bands; a fine line's furrow and elastotic material; a
// stretch mark; an enlarged pore), each with what it is in plain words. The overlay labels are
// pictures only (aria-hidden); this list is how everyone, screen readers too, learns the names.
import { useId } from 'react';
import { useBlocks } from '../../state/useBlocks';
import { conditionPicture } from '../../state/condition';
import { conditionLabelsOf } from '../../state/conditionParts';
import { useT } from '../../i18n/useT';

export function ConditionParts() {
  const t = useT();
  const titleId = useId();
  const picture = conditionPicture(useBlocks().primary);
  if (!picture) return null;
  return (
    <section className="layers__condition" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('layers.conditionParts.title')}</h3>
      <dl>
        {conditionLabelsOf(picture).map((id) => (
          <div key={id} data-part={id}>
            <dt>{t(`layers.overlay.${id}`)}</dt>
            <dd>{t(`layers.conditionParts.what.${id}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
