// The Display dialog: colours (standard or high contrast) and text size, kept on this device.
import { DialogButton } from '../Dialog';
import { PALETTES, TEXT_SIZES, type Palette, type TextSize } from '../../state/preferences';
import { useT } from '../../i18n/useT';
import { useDisplay, useDisplayPreferences } from './displayPreferences';
import './modes.css';

const PALETTE_KEY: Record<Palette, 'paletteDefault' | 'paletteContrast'> = { default: 'paletteDefault', contrast: 'paletteContrast' };
const SIZE_KEY: Record<TextSize, 'textNormal' | 'textLarge' | 'textLarger'> = { normal: 'textNormal', large: 'textLarge', larger: 'textLarger' };

export function DisplayDialog() {
  useDisplayPreferences();
  const t = useT();
  return (
    <DialogButton label={t('modes.display.open')} title={t('modes.display.title')}>
      <DisplayChoices />
    </DialogButton>
  );
}

/** The dialog's content, built only while it is open. */
function DisplayChoices() {
  const t = useT();
  const { palette, textSize, setPalette, setTextSize } = useDisplay();
  return (
    <div className="display-prefs">
      <fieldset>
        <legend>{t('modes.display.palette')}</legend>
        {PALETTES.map((p) => (
          <label key={p}><input type="radio" name="corium-palette" checked={palette === p} onChange={() => setPalette(p)} />{t(`modes.display.${PALETTE_KEY[p]}`)}</label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('modes.display.textSize')}</legend>
        {TEXT_SIZES.map((s) => (
          <label key={s}><input type="radio" name="corium-text-size" checked={textSize === s} onChange={() => setTextSize(s)} />{t(`modes.display.${SIZE_KEY[s]}`)}</label>
        ))}
      </fieldset>
      <p>{t('modes.display.saved')}</p>
    </div>
  );
}
