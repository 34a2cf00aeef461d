// Language picker: every label is in its own language, so anyone can find theirs.
import { LANGUAGES, type Language } from '../state/url';
import { useCorium } from '../state/store';
import { useT } from '../i18n/useT';

export function LanguageSelect() {
  const t = useT();
  const lang = useCorium((s) => s.lang);
  return (
    <label className="topbar__field">
      <span>{t('common.language.label')}</span>
      <select value={lang} onChange={(e) => void useCorium.getState().setLang(e.target.value as Language)}>
        {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{t(`common.language.${l}`)}</option>)}
      </select>
    </label>
  );
}
